package fr.socle.platform;

import fr.socle.platform.Caller;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The caller of the current request. Web pages take it from the signed-in session; API requests
 * from their bearer token only (a session cookie never authenticates an API call).
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    @Inject
    CallerDirectory accounts;

    private boolean resolved;
    private Caller caller;

    /** Called by the API gate: the caller its credentials name, or none. */
    public void useApiCredentials(Caller apiCaller) {
        this.caller = apiCaller;
        this.resolved = true;
    }

    public Optional<Caller> get() {
        if (!resolved) {
            resolved = true;
            Principal principal = security.getCallerPrincipal();
            caller = principal == null ? null : accounts.byEmail(principal.getName()).orElse(null);
        }
        return Optional.ofNullable(caller);
    }

    /** The caller, or 401 for an anonymous one. */
    public Caller require() {
        return get().orElseThrow(() -> Problem.unauthorized("socle.auth.required"));
    }
}
