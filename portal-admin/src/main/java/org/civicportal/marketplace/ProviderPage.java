package org.civicportal.marketplace;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.ReadableDates;

/**
 * One organisation for administrators ({@code admin/marketplace/provider.xhtml?id=…}): its
 * application, the vetting checklist and decisions, its users. The version read when the page
 * opened goes with each decision, so a decision over another administrator's is refused with what
 * happened; the page reads the organisation again after each step.
 */
@Named
@ViewScoped
public class ProviderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProviderAdministration administration;

    @Inject
    CivilCalendar calendar;

    private Long id;
    private ProviderOrganisation organisation;
    private List<TeamMember> users = List.of();
    private List<ProviderInvitation> invitations = List.of();
    private int seenVersion;
    private List<String> checks = new ArrayList<>();
    private String declineReason;
    private String suspendReason;

    /** Reads the organisation named by {@code id} (once per view). */
    public void load() {
        if (organisation == null && id != null) {
            read();
        }
    }

    private void read() {
        organisation = administration.find(id).orElse(null);
        if (organisation != null) {
            seenVersion = organisation.getVersion();
            users = administration.users(id);
            invitations = administration.openInvitations(id);
            checks = new ArrayList<>(organisation.getChecksPassed().stream().map(Enum::name).toList());
        }
    }

    public void approve() {
        administration.approve(id, tickedChecks(), seenVersion);
        done("Approved. Its users now hold the provider role and were told by e-mail.");
    }

    public void decline() {
        administration.decline(id, declineReason, seenVersion);
        declineReason = null;
        done("Declined. The applicant was told the reason by e-mail.");
    }

    public void suspend() {
        administration.suspend(id, suspendReason, seenVersion);
        suspendReason = null;
        done("Suspended. Its users lost the provider role and were told the reason by e-mail.");
    }

    public void reinstate() {
        administration.reinstate(id, seenVersion);
        done("Reinstated. Its users hold the provider role again and were told by e-mail.");
    }

    /** Removes a user of this organisation; they lose the provider role. */
    public void removeUser(long providerUserId) {
        administration.removeUser(id, providerUserId);
        done("User removed. They no longer act for the organisation.");
    }

    private void done(String message) {
        read();
        FieldMessages.info(message);
    }

    private Set<VettingCheck> tickedChecks() {
        Set<VettingCheck> ticked = EnumSet.noneOf(VettingCheck.class);
        for (VettingCheck check : VettingCheck.values()) {
            if (checks.contains(check.name())) {
                ticked.add(check);
            }
        }
        return ticked;
    }

    public boolean isMaySuspend() {
        return VettingPolicy.maySuspend(organisation.getStatus()).allowed();
    }

    public boolean isMayReinstate() {
        return VettingPolicy.mayReinstate(organisation.getStatus()).allowed();
    }

    public boolean isApplied() {
        return VettingPolicy.mayDecline(organisation.getStatus()).allowed();
    }

    public String day(Instant instant) {
        return instant == null ? "" : ReadableDates.DAY.format(calendar.dayOf(instant));
    }

    public String region(String code) {
        return ServedRegions.describe(code);
    }

    public VettingCheck[] getAllChecks() {
        return VettingCheck.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProviderOrganisation getOrganisation() {
        return organisation;
    }

    public List<TeamMember> getUsers() {
        return users;
    }

    public List<ProviderInvitation> getInvitations() {
        return invitations;
    }

    public List<String> getChecks() {
        return checks;
    }

    public void setChecks(List<String> checks) {
        this.checks = checks == null ? new ArrayList<>() : new ArrayList<>(checks);
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getSuspendReason() {
        return suspendReason;
    }

    public void setSuspendReason(String suspendReason) {
        this.suspendReason = suspendReason;
    }
}
