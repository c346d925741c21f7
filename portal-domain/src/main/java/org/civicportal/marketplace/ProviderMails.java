package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import org.civicportal.account.Account;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.mail.Mailer;

/**
 * The messages about providers: to the applicant and the administrators when an organisation
 * applies, to its people when it is decided, suspended or reinstated, and a colleague's invitation.
 * Queued in the caller's transaction: a step that fails sends nothing.
 */
@ApplicationScoped
public class ProviderMails {

    static final String ORGANISATION_PAGE = "provider/organisation.xhtml";

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    void applicationReceived(ProviderOrganisation organisation, Account applicant) {
        mailer.send(applicant.getEmail(), "We received the application of " + organisation.getName(),
                "Hello " + applicant.getFullName() + ",\n\n"
                + "Thank you for applying for " + organisation.getName() + " to offer technical assistance to local governments"
                + " through " + settings.portalName() + ". An administrator vets each application against the association's"
                + " checklist and contacts your references; you will get an e-mail with the decision.\n\n"
                + "Your organisation's page: " + settings.link(ORGANISATION_PAGE) + "\n");
    }

    void applicationToVet(ProviderOrganisation organisation, String administratorEmail) {
        mailer.send(administratorEmail, "A provider applied: " + organisation.getName(),
                organisation.getName() + " (" + organisation.getType().getLabel() + ", " + organisation.getHeadOffice()
                + ") applied to become a provider.\n\n"
                + "Vet the application: " + settings.link("admin/marketplace/provider.xhtml?id=" + organisation.getId()) + "\n");
    }

    void approved(ProviderOrganisation organisation, Collection<Account> users) {
        for (Account user : users) {
            mailer.send(user.getEmail(), organisation.getName() + " is approved",
                    "Hello " + user.getFullName() + ",\n\n"
                    + organisation.getName() + " is approved as a Leading Practice provider. Log in again to act for it as a"
                    + " provider.\n\nYour organisation's page: " + settings.link(ORGANISATION_PAGE) + "\n");
        }
    }

    void declined(ProviderOrganisation organisation, Account applicant, String reason) {
        mailer.send(applicant.getEmail(), "About the application of " + organisation.getName(),
                "Hello " + applicant.getFullName() + ",\n\n"
                + "The application of " + organisation.getName() + " to become a provider was not approved.\n\n"
                + "The reason: " + reason + "\n\n"
                + "If you have questions, reply to this message or contact the association.\n");
    }

    void suspended(ProviderOrganisation organisation, Collection<Account> users, String reason) {
        for (Account user : users) {
            mailer.send(user.getEmail(), organisation.getName() + " is suspended",
                    "Hello " + user.getFullName() + ",\n\n"
                    + organisation.getName() + " is suspended as a provider: it is not listed and cannot be asked for technical"
                    + " assistance until an administrator reinstates it.\n\nThe reason: " + reason + "\n");
        }
    }

    void reinstated(ProviderOrganisation organisation, Collection<Account> users) {
        for (Account user : users) {
            mailer.send(user.getEmail(), organisation.getName() + " is reinstated",
                    "Hello " + user.getFullName() + ",\n\n"
                    + organisation.getName() + " is reinstated as a provider. Log in again to act for it as a provider.\n");
        }
    }

    void invitation(ProviderInvitation invitation, String token, Account inviter) {
        ProviderOrganisation organisation = invitation.getOrganisation();
        mailer.send(invitation.getEmail(), "Join " + organisation.getName() + " on " + settings.portalName(),
                "Hello,\n\n"
                + inviter.getFullName() + " invites you to act for " + organisation.getName() + " on " + settings.portalName()
                + ", where the organisation offers technical assistance to local governments.\n\n"
                + "Accept the invitation: " + settings.link("provider/join.xhtml?token=" + token) + "\n\n"
                + "Log in with this e-mail address (" + invitation.getEmail() + ") to accept; if you have no account yet, sign up"
                + " with it first. The link works once, for seven days. If you did not expect this, ignore this message.\n");
    }
}
