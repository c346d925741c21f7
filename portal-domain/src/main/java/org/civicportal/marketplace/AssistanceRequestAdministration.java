package org.civicportal.marketplace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.civicportal.account.Role;

/** The administrators' door to requests: every request with its feedback, providers' response times, the export. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AssistanceRequestAdministration {

    /** The most requests listed or exported at once. */
    public static final int MAX_LISTED = 5_000;

    @Inject
    RequestReports reports;

    /** Every request, newest first, with its providers, choice and feedback. */
    public List<AssistanceRequest> requests() {
        return reports.all(MAX_LISTED);
    }

    /** How each provider that was asked answers, with the median time to a first answer. */
    public List<RequestReports.ProviderResponse> responseTimes() {
        return reports.responses();
    }
}
