package org.civicportal.marketplace;

import java.io.Serializable;
import java.util.stream.Collectors;

/** A provider the member may pick on the request form, as the form shows it (kept in the view, so plain values). */
public record RequestCandidate(long id, String name, String slug, String kinds, String regions) implements Serializable {

    static RequestCandidate of(ProviderOrganisation provider) {
        return new RequestCandidate(provider.getId(), provider.getName(), provider.getSlug(),
                provider.getPartnershipKinds().stream().sorted().map(k -> k.getLabel()).collect(Collectors.joining(", ")),
                provider.getRegions().stream().sorted().collect(Collectors.joining(", ")));
    }
}
