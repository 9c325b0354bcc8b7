package fr.socle.platform;

import java.util.Optional;

/**
 * Who a signed-in principal is, as a {@link Caller}. The platform's {@link CurrentCaller} asks it;
 * identity answers it from its accounts and memberships (so that every feature, organisation
 * included, can know its caller without depending on identity).
 */
public interface CallerDirectory {

    Optional<Caller> byEmail(String email);
}
