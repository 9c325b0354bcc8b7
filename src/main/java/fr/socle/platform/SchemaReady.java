package fr.socle.platform;

/** Fired once at start-up, after the migrations ran: observers may now read and write. */
public record SchemaReady(String schemaVersion) {
}
