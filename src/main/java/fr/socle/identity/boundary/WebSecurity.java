package fr.socle.identity.boundary;

import fr.socle.platform.Role;
import fr.socle.platform.Clients;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;

/**
 * How web pages sign in: the form of /login.xhtml hands its credentials to this mechanism
 * (through SecurityContext.authenticate), which checks them through {@link SignIns} (throttled, bounded)
 * and keeps the caller in the session, with the credentials generation it signed in under (see
 * {@link SessionCredentials}). A visitor who asks for a protected page is sent to the login page and
 * brought back to that page once signed in. The roles of web.xml's security constraints are the
 * roles the account holds in any organisation. The REST API does not use this mechanism: see
 * {@link ApiGate}.
 */
@AutoApplySession
@DeclareRoles({"LEARNER", "TRAINER", "ORG_ADMIN", "REGISTRAR", "PLATFORM_ADMIN"})
@ApplicationScoped
public class WebSecurity implements HttpAuthenticationMechanism {

    /** Session attribute: the page to return to after signing in. */
    static final String RETURN_TO = "fr.socle.login.returnTo";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    SignIns signIns;

    @Inject
    Accounts accounts;

    @Inject
    Clients clients;

    @Inject
    LoginAttempt attempt;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            if (!(context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential login)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            SignIns.Attempt a = signIns.authenticate(login.getCaller(), login.getPasswordAsString(), clients.key(request));
            attempt.record(a);
            if (a.outcome() != SignIns.Outcome.SUCCESS) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            var caller = accounts.callerById(a.accountId());
            if (caller.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            SessionCredentials.signedIn(request.getSession(), a.generation());
            return context.notifyContainerAboutLogin(caller.get().email(),
                    caller.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
        if (context.isProtected() && context.getCallerPrincipal() == null) {
            String query = request.getQueryString();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            request.getSession().setAttribute(RETURN_TO, query == null ? path : path + "?" + query);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** A page of this application to return to: a local path only, never another site. */
    static String safeReturn(Object stored) {
        if (stored instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.startsWith(LOGIN_PAGE)) {
            return path;
        }
        return "/index.xhtml";
    }
}
