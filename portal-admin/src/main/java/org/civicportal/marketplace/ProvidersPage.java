package org.civicportal.marketplace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.ReadableDates;

/**
 * The providers for administrators ({@code admin/marketplace/providers.xhtml?status=…}): the
 * organisations in one status (applications waiting, by default), oldest application first, with
 * how many are in each status. Read only.
 */
@Named
@RequestScoped
public class ProvidersPage {

    @Inject
    ProviderAdministration administration;

    @Inject
    CivilCalendar calendar;

    private String status;
    private ProviderStatus shown = ProviderStatus.APPLIED;
    private List<ProviderOrganisation> organisations;
    private Map<ProviderStatus, Long> counts;

    /** Reads the list of the status asked for; an unknown status shows the applications waiting. */
    public void load() {
        for (ProviderStatus candidate : ProviderStatus.values()) {
            if (candidate.name().equals(status)) {
                shown = candidate;
            }
        }
        organisations = administration.withStatus(shown);
        counts = administration.countsByStatus();
    }

    public String day(Instant instant) {
        return instant == null ? "" : ReadableDates.DAY.format(calendar.dayOf(instant));
    }

    public ProviderStatus[] getStatuses() {
        return ProviderStatus.values();
    }

    public long count(ProviderStatus of) {
        return counts.getOrDefault(of, 0L);
    }

    public ProviderStatus getShown() {
        return shown;
    }

    public List<ProviderOrganisation> getOrganisations() {
        return organisations;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.length() > 20 ? null : status;
    }
}
