package org.civicportal.db;

import java.util.Optional;

/**
 * Where the portal's database is. Read from environment variables (or the matching system
 * properties), so the same build runs on the zero-setup embedded H2 file database and on
 * MySQL/MariaDB without being rebuilt.
 *
 * <ul>
 *   <li>{@code PORTAL_DB_URL} / {@code portal.db.url}: a JDBC URL; default an H2 file database
 *       under {@code ./data} in MySQL mode;</li>
 *   <li>{@code PORTAL_DB_USER} / {@code portal.db.user};</li>
 *   <li>{@code PORTAL_DB_PASSWORD} / {@code portal.db.password}.</li>
 * </ul>
 */
public record DatabaseSettings(String url, String user, String password) {

    /** The embedded default: a file, so what a user creates survives a restart. */
    public static final String DEFAULT_URL =
            "jdbc:h2:file:./data/portal;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    /** The settings in force for this process. */
    public static DatabaseSettings fromEnvironment() {
        return new DatabaseSettings(
                setting("PORTAL_DB_URL", "portal.db.url").orElse(DEFAULT_URL),
                setting("PORTAL_DB_USER", "portal.db.user").orElse("sa"),
                setting("PORTAL_DB_PASSWORD", "portal.db.password").orElse(""));
    }

    /** True for the embedded database, which needs no server. */
    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials or options, safe to print in a log. */
    public String describe() {
        int options = url.indexOf(url.startsWith("jdbc:h2:") ? ';' : '?');
        return options < 0 ? url : url.substring(0, options);
    }

    private static Optional<String> setting(String environmentName, String propertyName) {
        String value = System.getProperty(propertyName);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", user=" + user + "]";
    }
}
