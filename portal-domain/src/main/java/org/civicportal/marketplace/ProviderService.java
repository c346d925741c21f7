package org.civicportal.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.Role;
import org.civicportal.shared.Caller;

/**
 * The door for people who act for a provider organisation, or want to: it acts for the logged-in
 * caller (taken from the security context), and every step reads the caller's organisation from
 * their own account, never from an id a page sends. The work is {@link ProviderApplications}' and
 * {@link ProviderTeam}'s.
 */
@Stateless
@RolesAllowed({Role.Names.MEMBER, Role.Names.EDITOR, Role.Names.PROVIDER, Role.Names.ADMIN})
public class ProviderService {

    @Resource
    SessionContext context;

    @Inject
    ProviderApplications applications;

    @Inject
    ProviderTeam team;

    /** The organisation the caller acts for, with its lists; empty if none. */
    public Optional<ProviderOrganisation> myOrganisation() {
        return applications.organisationOf(caller());
    }

    /** The organisation the caller acts for, its name and status only (one query); empty if none. */
    public Optional<ProviderOrganisation> myOrganisationSummary() {
        return applications.userOf(caller()).map(ProviderUser::getOrganisation);
    }

    /** Applies for the caller's organisation; the caller becomes its first user. */
    public ProviderOrganisation apply(OrganisationForm form) {
        return applications.apply(form, caller());
    }

    /** Saves the profile of the caller's organisation, if nobody changed it after {@code seenVersion}. */
    public ProviderOrganisation updateProfile(OrganisationForm form, int seenVersion) {
        return applications.updateProfile(caller(), form, seenVersion);
    }

    /** The users of the caller's organisation (empty if the caller acts for none). */
    public List<TeamMember> myColleagues() {
        return applications.userOf(caller()).map(user -> team.members(user.getOrganisation().getId())).orElse(List.of());
    }

    /** The invitations of the caller's organisation still open. */
    public List<ProviderInvitation> myOpenInvitations() {
        return applications.userOf(caller()).map(user -> team.openInvitations(user.getOrganisation().getId())).orElse(List.of());
    }

    /** Invites a colleague to the caller's organisation by e-mail. */
    public ProviderInvitation invite(String email) {
        return team.invite(caller(), email);
    }

    /** Removes a user of the caller's organisation (not the caller, not the last one). */
    public void removeColleague(long providerUserId) {
        team.removeColleague(caller(), providerUserId);
    }

    /** What an invitation's link offers; changes nothing. */
    public JoinInvitation invitation(String token) {
        return team.invitation(token);
    }

    /** The caller accepts an invitation sent to their own address; returns the organisation joined. */
    public ProviderOrganisation accept(String token) {
        return team.accept(token, caller());
    }

    /** The caller's account id, for the page to tell "you" in a list. */
    public long callerId() {
        return caller();
    }

    private long caller() {
        return Caller.accountId(context);
    }
}
