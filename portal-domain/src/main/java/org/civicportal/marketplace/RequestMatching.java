package org.civicportal.marketplace;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.civicportal.account.Jurisdiction;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * Which providers suit a request: they offer the service (the service itself, the whole area it
 * belongs to, or, asked for a whole area, one of its services), serve the local government's region
 * ({@code US-OR}, or the whole country {@code US}) and support the kinds of partnership weighed
 * (any, when none is named).
 */
public final class RequestMatching {

    private RequestMatching() {
    }

    /** True if the provider suits every condition. */
    public static boolean suits(ProviderOrganisation provider, ServiceArea wanted, Jurisdiction where, Set<PartnerType> kinds) {
        return offers(provider.getServiceAreas(), wanted) && serves(provider.getRegions(), where)
                && supports(provider.getPartnershipKinds(), kinds);
    }

    public static boolean offers(Collection<ServiceArea> offered, ServiceArea wanted) {
        if (wanted == null) {
            return true;
        }
        for (ServiceArea area : offered) {
            boolean same = area.getId().equals(wanted.getId());
            boolean wholeAreaOfWanted = wanted.getParent() != null && area.getId().equals(wanted.getParent().getId());
            boolean serviceOfWantedArea = area.getParent() != null && area.getParent().getId().equals(wanted.getId());
            if (same || wholeAreaOfWanted || serviceOfWantedArea) {
                return true;
            }
        }
        return false;
    }

    /** True if the regions include the local government's country or its state or province. */
    public static boolean serves(Collection<String> regions, Jurisdiction where) {
        if (where == null || where.getCountry() == null) {
            return true;
        }
        String country = where.getCountry().toUpperCase(Locale.ROOT);
        return regions.contains(country) || regions.contains(regionCode(where));
    }

    /** The region code of a local government: its country and state, e.g. {@code US-OR}. */
    public static String regionCode(Jurisdiction where) {
        String region = where.getRegion() == null ? "" : where.getRegion().strip().toUpperCase(Locale.ROOT);
        return where.getCountry().toUpperCase(Locale.ROOT) + "-" + region;
    }

    public static boolean supports(Collection<PartnerType> supported, Set<PartnerType> wanted) {
        return wanted == null || wanted.isEmpty() || wanted.stream().anyMatch(supported::contains);
    }
}
