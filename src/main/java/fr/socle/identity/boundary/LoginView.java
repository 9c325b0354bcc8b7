package fr.socle.identity.boundary;

import fr.socle.platform.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    LoginAttempt attempt;

    @Inject
    FacesMessages messages;

    @NotBlank(message = "{socle.account.email.required}")
    private String email;

    @NotBlank(message = "{socle.login.password.required}")
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session id at sign-in: a session id planted before it is worth nothing after.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            String back = WebSecurity.safeReturn(external.getSessionMap().remove(WebSecurity.RETURN_TO));
            external.redirect(external.getRequestContextPath() + back);
        } else {
            SignIns.Attempt a = attempt.get().orElse(null);
            if (a != null && a.refused()) {
                // Too many attempts (throttled, or too many sign-ins at once): 429, and how long to wait.
                external.setResponseStatus(429);
                external.setResponseHeader("Retry-After", String.valueOf(a.retryAfterSeconds()));
                if (a.outcome() == SignIns.Outcome.BUSY) {
                    messages.error(null, "socle.login.busy");
                } else {
                    messages.error(null, "socle.login.throttled", a.retryAfterSeconds());
                }
            } else {
                messages.error(null, "socle.login.failed");
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
