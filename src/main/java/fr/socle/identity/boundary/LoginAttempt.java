package fr.socle.identity.boundary;

import jakarta.enterprise.context.RequestScoped;

/** How the sign-in of this request went, so that the login page can say why it failed. */
@RequestScoped
public class LoginAttempt {

    private Accounts.Outcome outcome;

    public void record(Accounts.Outcome outcome) {
        this.outcome = outcome;
    }

    public boolean locked() {
        return outcome == Accounts.Outcome.LOCKED;
    }
}
