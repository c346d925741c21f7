package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The marketplace's request settings, from MicroProfile Config (or the environment: {@code MARKETPLACE_REQUESTS_PER_DAY}). */
@ApplicationScoped
public class RequestSettings {

    @Inject
    @ConfigProperty(name = "marketplace.requests-per-day", defaultValue = "3")
    int requestsPerDay;

    /** Requests one member may send on one day of the association's calendar. */
    public int requestsPerDay() {
        return Math.max(1, requestsPerDay);
    }
}
