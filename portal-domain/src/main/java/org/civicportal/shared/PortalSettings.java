package org.civicportal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the running portal, from MicroProfile Config: each can be given as an environment
 * variable (for example {@code PORTAL_BASE_URL} for {@code portal.base-url}).
 */
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080/")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "portal.name", defaultValue = "Civic Portal")
    String portalName;

    @Inject
    @ConfigProperty(name = "portal.zone", defaultValue = "America/New_York")
    String zone;

    private volatile ZoneId zoneId;

    /**
     * The address people reach the portal at, ending in a slash. Links in emails are built on it
     * rather than on the request's Host header, which a client controls.
     */
    public URI baseUrl() {
        return URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    /** An absolute link to a page of the portal, e.g. {@code link("account/verify.xhtml?token=…")}. */
    public String link(String pathAndQuery) {
        return baseUrl().resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery).toString();
    }

    /** The name the association gives its portal, used in mail. */
    public String portalName() {
        return portalName;
    }

    /**
     * The association's time zone: the zone of its civil dates (membership periods, grace,
     * reminders, invoice years, receipts, reports). A region such as {@code America/New_York},
     * so daylight saving time is followed.
     *
     * @throws IllegalStateException if the setting names no known zone
     */
    public ZoneId zone() {
        ZoneId parsed = zoneId;
        if (parsed == null) {
            try {
                parsed = ZoneId.of(zone.trim());
            } catch (DateTimeException unknown) {
                throw new IllegalStateException("portal.zone (PORTAL_ZONE) is not a time zone: " + zone, unknown);
            }
            zoneId = parsed;
        }
        return parsed;
    }
}
