package org.civicportal.marketplace;

import java.util.List;
import java.util.Locale;
import org.civicportal.account.Jurisdiction;

/**
 * Which providers suit a request: they offer the service (the service itself, the whole area it
 * belongs to, or, asked for a whole area, one of its services), serve the local government's region
 * ({@code US-OR}, or the whole country {@code US}) and support the kinds of partnership weighed
 * (any, when none is named). {@link RequestSuggestions#suiting} asks the database these questions;
 * this class says which region codes answer the second.
 */
public final class RequestMatching {

    private RequestMatching() {
    }

    /**
     * The stored region codes of which a provider must serve one to serve the local government: its
     * whole country and its state or province ({@code US}, {@code US-OR}).
     */
    public static List<String> regionsServing(Jurisdiction where) {
        return List.of(where.getCountry().toUpperCase(Locale.ROOT), regionCode(where));
    }

    /** The region code of a local government: its country and state, e.g. {@code US-OR}. */
    public static String regionCode(Jurisdiction where) {
        String region = where.getRegion() == null ? "" : where.getRegion().strip().toUpperCase(Locale.ROOT);
        return where.getCountry().toUpperCase(Locale.ROOT) + "-" + region;
    }
}
