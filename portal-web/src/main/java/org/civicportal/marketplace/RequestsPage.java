package org.civicportal.marketplace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The member's own requests ({@code marketplace/requests.xhtml}), newest first, with where each provider stands. */
@Named
@RequestScoped
public class RequestsPage {

    @Inject
    AssistanceRequestService service;

    private List<AssistanceRequest> requests;

    public List<AssistanceRequest> getRequests() {
        if (requests == null) {
            requests = service.myRequests();
        }
        return requests;
    }
}
