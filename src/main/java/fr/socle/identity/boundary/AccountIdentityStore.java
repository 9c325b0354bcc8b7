package fr.socle.identity.boundary;

import fr.socle.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Checks web sign-ins against the accounts table; the caller's groups are its roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Accounts.Authentication auth = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
        attempt.record(auth.outcome());
        if (auth.outcome() != Accounts.Outcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.callerById(auth.account().getId())
                .map(caller -> new CredentialValidationResult(caller.email(),
                        caller.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
