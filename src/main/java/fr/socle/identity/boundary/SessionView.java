package fr.socle.identity.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Role;
import fr.socle.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is signed in, for the layout's navigation, and signing out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    CurrentCaller current;

    public boolean isSignedIn() {
        return current.get().isPresent();
    }

    public String getDisplayName() {
        return current.get().map(Caller::displayName).orElse("");
    }

    public boolean is(String role) {
        return current.get().map(c -> c.hasRole(Role.valueOf(role))).orElse(false);
    }

    public boolean isAdministrator() {
        return current.get().map(Caller::administersAny).orElse(false);
    }

    public boolean isTrainer() {
        return is("TRAINER") || isAdministrator();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
    }
}
