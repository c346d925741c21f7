package org.civicportal.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicportal.account.Role;
import org.civicportal.shared.Caller;

/**
 * The administrators' door to providers: the applications and providers by status, vetting
 * decisions in the caller's name, and removing an organisation's users. Administrators only,
 * checked here whatever page calls. The work is {@link ProviderVetting}'s and {@link ProviderTeam}'s.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ProviderAdministration {

    /** The most organisations a status list shows. */
    public static final int LIST_LIMIT = 500;

    @Resource
    SessionContext context;

    @Inject
    ProviderVetting vetting;

    @Inject
    ProviderTeam team;

    /** The organisations in a status, oldest application first. */
    public List<ProviderOrganisation> withStatus(ProviderStatus status) {
        return vetting.withStatus(status, LIST_LIMIT);
    }

    /** How many organisations are in each status. */
    public Map<ProviderStatus, Long> countsByStatus() {
        return vetting.countsByStatus();
    }

    /** How many applications wait for vetting, for the menu. */
    public long countWaiting() {
        return vetting.countsByStatus().get(ProviderStatus.APPLIED);
    }

    public Optional<ProviderOrganisation> find(long organisationId) {
        return vetting.find(organisationId);
    }

    public List<TeamMember> users(long organisationId) {
        return team.members(organisationId);
    }

    public List<ProviderInvitation> openInvitations(long organisationId) {
        return team.openInvitations(organisationId);
    }

    public ProviderOrganisation approve(long organisationId, Set<VettingCheck> checks, int seenVersion) {
        return vetting.approve(organisationId, checks, seenVersion, caller());
    }

    public ProviderOrganisation decline(long organisationId, String reason, int seenVersion) {
        return vetting.decline(organisationId, reason, seenVersion, caller());
    }

    public ProviderOrganisation suspend(long organisationId, String reason, int seenVersion) {
        return vetting.suspend(organisationId, reason, seenVersion, caller());
    }

    public ProviderOrganisation reinstate(long organisationId, int seenVersion) {
        return vetting.reinstate(organisationId, seenVersion, caller());
    }

    /** Removes a user from an organisation, the last one included; they lose the PROVIDER role. */
    public void removeUser(long organisationId, long providerUserId) {
        team.removeByAdministrator(organisationId, providerUserId);
    }

    private long caller() {
        return Caller.accountId(context);
    }
}
