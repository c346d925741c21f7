package org.civicportal.marketplace;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.civicportal.content.LibraryItem;
import org.civicportal.content.LibraryReading;

/**
 * One listing in the directory ({@code /providers/{provider}/{listing}}, drawn by
 * {@code providers/listing.xhtml}): its live version, never a pending change, with its provider, its
 * related case studies that are public now, and its documents. Stateless: no session for a visitor.
 */
@Named
@RequestScoped
public class DirectoryListingPage {

    @Inject
    LibraryReading library;

    private DirectoryReading.Found found;
    private List<LibraryItem> caseStudies;

    @PostConstruct
    void load() {
        Object attribute = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(DirectoryAddressFilter.LISTING);
        found = attribute instanceof DirectoryReading.Found f ? f : null;
    }

    /** Opened without its address (as {@code listing.xhtml} itself): there is nothing to show. */
    public void requireListing() throws IOException {
        if (found == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public Listing getListing() {
        return found.listing();
    }

    public ListingVersion getLive() {
        return found.live();
    }

    public ProviderOrganisation getProvider() {
        return found.provider();
    }

    /** The related case studies that are public now, in the provider's order. */
    public List<LibraryItem> getCaseStudies() {
        if (caseStudies == null) {
            caseStudies = library.publicItems(found.live().getCaseStudyIds());
        }
        return caseStudies;
    }

    public String getMetaDescription() {
        return shortened(found.live().getSummary());
    }

    /** At most 300 characters, for a meta description. */
    static String shortened(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }
}
