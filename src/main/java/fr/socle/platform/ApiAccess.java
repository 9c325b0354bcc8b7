package fr.socle.platform;

import fr.socle.platform.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a REST endpoint. Every resource class or method states it; an endpoint without it
 * is refused to everybody. With no roles, any signed-in caller may call it (and the facade then
 * scopes what it sees to its organisations).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiAccess {

    /** The roles, any of which lets a caller in; none means any signed-in caller. */
    Role[] value() default {};

    /** Open to anonymous callers (public verification, for instance). */
    boolean anonymous() default false;

    /** Accepts HTTP Basic credentials (email and password) instead of a bearer token. */
    boolean basic() default false;
}
