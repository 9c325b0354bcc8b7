package fr.socle.platform;

/** What an account may do within an organisation (PLATFORM_ADMIN: on the whole instance). */
public enum Role {
    LEARNER,
    TRAINER,
    ORG_ADMIN,
    /** Reads across organisations, read-only; every consultation is logged. */
    REGISTRAR,
    /** Administers the instance; the one role held without an organisation. */
    PLATFORM_ADMIN;

    public boolean isPlatformWide() {
        return this == PLATFORM_ADMIN;
    }
}
