package org.civicportal.marketplace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.civicportal.shared.FieldMessages;

/**
 * A provider's listings ({@code provider/listings.xhtml}): each with where it stands in the
 * directory, its pending change, its term, and one-click renewal (a POST) near the end of the term.
 */
@Named
@RequestScoped
public class ListingsPage {

    @Inject
    ListingService service;

    private List<Listing> listings;
    private Optional<ProviderOrganisation> organisation;

    public void load() {
        organisation = service.organisation();
        listings = service.myListings();
    }

    /** Renews one of the caller's listings; the door refuses another's as "not found". */
    public String renew(long listingId) {
        Listing renewed = service.renew(listingId);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info("Renewed: \"" + renewed.getLiveVersion().getTitle() + "\" stays in the directory until "
                + org.civicportal.shared.ReadableDates.DAY.format(renewed.getTermEndsOn()) + ".");
        return "/provider/listings?faces-redirect=true";
    }

    public List<Listing> getListings() {
        if (listings == null) {
            load();
        }
        return listings;
    }

    public ProviderOrganisation getOrganisation() {
        if (organisation == null) {
            load();
        }
        return organisation.orElse(null);
    }
}
