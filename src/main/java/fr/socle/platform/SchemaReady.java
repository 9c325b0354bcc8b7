package fr.socle.platform;

import jakarta.servlet.ServletContext;

/**
 * Fired once at start-up, after the migrations ran: observers may now read and write. Carries the
 * web application's context, for those that read files packaged in the WAR.
 */
public record SchemaReady(String schemaVersion, ServletContext servletContext) {
}
