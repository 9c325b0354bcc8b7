package fr.socle.identity.boundary;

import fr.socle.platform.Caller;
import fr.socle.platform.CallerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The platform's caller directory, answered from the accounts. */
@ApplicationScoped
public class AccountCallers implements CallerDirectory {

    @Inject
    Accounts accounts;

    @Override
    public Optional<Caller> byEmail(String email) {
        return accounts.callerByEmail(email);
    }
}
