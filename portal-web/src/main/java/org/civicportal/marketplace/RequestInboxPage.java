package org.civicportal.marketplace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.civicportal.shared.FieldMessages;

/**
 * A provider's inbox ({@code provider/inbox.xhtml}): only the requests addressed to the caller's
 * organisation. A request is opened with a button (a POST), because opening is what tells the member
 * it was read: the GET of the request page itself changes nothing.
 */
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

    /** Opens a request: marks it read for the member, then shows it (post, redirect, get). */
    public String open(long requestId) {
        if (service.openAddressed(requestId).isEmpty()) {
            FieldMessages.error("That request is not addressed to your organisation.");
            return null;
        }
        return "/provider/request.xhtml?faces-redirect=true&id=" + requestId;
    }

    /** The caller's organisation, or null if the caller acts for none. */
    public ProviderOrganisation getOrganisation() {
        if (organisation == null) {
            organisation = service.myOrganisation();
        }
        return organisation.orElse(null);
    }
}
