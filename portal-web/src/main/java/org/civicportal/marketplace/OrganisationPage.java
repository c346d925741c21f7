package org.civicportal.marketplace;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.ReadableDates;

/**
 * The caller's own organisation ({@code provider/organisation.xhtml}): its status (and why, if
 * declined or suspended), its profile to edit, its users and the invitations still open. Everything
 * is read for the caller's account: the page takes no id. A person who acts for no organisation is
 * offered the application.
 */
@Named
@ViewScoped
public class OrganisationPage extends OrganisationFormPage {

    private static final long serialVersionUID = 1L;

    @Inject
    ProviderService providers;

    @Inject
    CivilCalendar calendar;

    private ProviderOrganisation organisation;
    private int seenVersion;
    private List<TeamMember> colleagues = List.of();
    private List<ProviderInvitation> invitations = List.of();
    private long callerId;
    private String inviteEmail;

    /** Reads the caller's organisation (once per view). */
    public void load() {
        if (getForm() == null) {
            read();
        }
    }

    private void read() {
        callerId = providers.callerId();
        organisation = providers.myOrganisation().orElse(null);
        if (organisation != null) {
            seenVersion = organisation.getVersion();
            edit(OrganisationForm.of(organisation));
            colleagues = providers.myColleagues();
            invitations = providers.myOpenInvitations();
        }
    }

    /** Saves the profile, unless a colleague or an administrator changed the organisation meanwhile. */
    public void saveProfile() {
        providers.updateProfile(formToSend(), seenVersion);
        read();
        FieldMessages.info("The profile is saved.");
    }

    /** Mails a colleague an invitation to act for the organisation. */
    public void invite() {
        ProviderInvitation sent = providers.invite(inviteEmail);
        inviteEmail = null;
        read();
        FieldMessages.info("An invitation went to " + sent.getEmail() + ". Its link works for seven days.");
    }

    /** Removes a colleague: they no longer act for the organisation. */
    public void remove(long providerUserId) {
        providers.removeColleague(providerUserId);
        read();
        FieldMessages.info("The colleague is removed and no longer acts for the organisation.");
    }

    public String day(Instant instant) {
        return instant == null ? "" : ReadableDates.DAY.format(calendar.dayOf(instant));
    }

    public boolean isMe(TeamMember member) {
        return member.getAccountId() == callerId;
    }

    public ProviderOrganisation getOrganisation() {
        return organisation;
    }

    public List<TeamMember> getColleagues() {
        return colleagues;
    }

    public List<ProviderInvitation> getInvitations() {
        return invitations;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }
}
