package org.civicportal.marketplace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Administrators' view of requests ({@code admin/marketplace/requests.xhtml}): providers' response times, every request, feedback. */
@Named
@RequestScoped
public class AssistanceRequestsPage {

    @Inject
    AssistanceRequestAdministration administration;

    private List<AssistanceRequest> requests;
    private List<RequestReports.ProviderResponse> responses;

    public List<AssistanceRequest> getRequests() {
        if (requests == null) {
            requests = administration.requests();
        }
        return requests;
    }

    public List<RequestReports.ProviderResponse> getResponses() {
        if (responses == null) {
            responses = administration.responseTimes();
        }
        return responses;
    }
}
