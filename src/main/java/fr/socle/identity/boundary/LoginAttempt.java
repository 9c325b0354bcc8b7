package fr.socle.identity.boundary;

import jakarta.enterprise.context.RequestScoped;

/** How the sign-in of this request went, so that the login page can say why it failed. */
@RequestScoped
public class LoginAttempt {

    private SignIns.Attempt attempt;

    public void record(SignIns.Attempt attempt) {
        this.attempt = attempt;
    }

    /** The attempt of this request, if one was made. */
    public java.util.Optional<SignIns.Attempt> get() {
        return java.util.Optional.ofNullable(attempt);
    }
}
