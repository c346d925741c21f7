package org.civicportal.marketplace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** A provider's inbox ({@code provider/inbox.xhtml}): only the requests addressed to the caller's organisation. */
@Named
@RequestScoped
public class RequestInboxPage {

    @Inject
    AssistanceRequestService service;

    private List<RequestAddressee> requests;
    private Optional<ProviderOrganisation> organisation;

    public List<RequestAddressee> getRequests() {
        if (requests == null) {
            requests = service.inbox();
        }
        return requests;
    }

    /** The caller's organisation, or null if the caller acts for none. */
    public ProviderOrganisation getOrganisation() {
        if (organisation == null) {
            organisation = service.myOrganisation();
        }
        return organisation.orElse(null);
    }
}
