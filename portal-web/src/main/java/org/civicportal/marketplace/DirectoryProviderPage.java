package org.civicportal.marketplace;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * A provider's profile in the directory ({@code /providers/{provider}}, drawn by
 * {@code providers/provider.xhtml}): who it is, its "Leading Practice" badge (it was vetted), and
 * its listings the directory shows. Stateless: no session for a visitor.
 */
@Named
@RequestScoped
public class DirectoryProviderPage {

    @Inject
    DirectoryReading directory;

    private ProviderOrganisation provider;
    private List<ListingVersion> listings;

    @PostConstruct
    void load() {
        Object found = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(DirectoryAddressFilter.PROVIDER);
        provider = found instanceof ProviderOrganisation p ? p : null;
    }

    /** Opened without its address (as {@code provider.xhtml} itself): there is nothing to show. */
    public void requireProvider() throws IOException {
        if (provider == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public ProviderOrganisation getProvider() {
        return provider;
    }

    /** The live versions of its listings in the directory. */
    public List<ListingVersion> getListings() {
        if (listings == null) {
            listings = provider == null ? List.of() : directory.listingsOf(provider);
        }
        return listings;
    }

    /** The provider's website if it is a web address (http or https), else null: no other scheme is ever linked. */
    public String getWebsite() {
        String website = provider.getWebsite();
        return website != null && (website.startsWith("https://") || website.startsWith("http://")) ? website : null;
    }

    /** The provider's regions in words. */
    public String getRegionNames() {
        return String.join(", ", provider.getRegions().stream().map(RegionCodes::labelOf).toList());
    }

    /** The description for search engines and link previews: the provider's description, shortened. */
    public String getMetaDescription() {
        return DirectoryListingPage.shortened(provider.getDescription());
    }
}
