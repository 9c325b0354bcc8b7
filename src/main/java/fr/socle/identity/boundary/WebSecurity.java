package fr.socle.identity.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Web pages sign in through the form of /login.xhtml; the roles of web.xml's security
 * constraints are the roles an account holds in any organisation. The REST API does not use
 * this mechanism: see {@link ApiGate}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"LEARNER", "TRAINER", "ORG_ADMIN", "REGISTRAR", "PLATFORM_ADMIN"})
@ApplicationScoped
public class WebSecurity {
}
