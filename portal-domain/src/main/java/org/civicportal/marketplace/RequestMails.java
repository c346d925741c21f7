package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.civicportal.account.Account;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.mail.Mailer;

/**
 * The messages about requests, each written to the outbox in the caller's transaction: to a
 * provider's people when a request arrives, when the member writes, and as a reminder; to the
 * member when a provider asks, declines or proposes. Mails name the request and link to it; what
 * was written is read on the page, behind the log-in. How often they go is the workers' business
 * ({@link RequestLimits}).
 */
@ApplicationScoped
public class RequestMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    void arrived(RequestAddressee addressee) {
        AssistanceRequest request = addressee.getRequest();
        toProvider(addressee, "New request for technical assistance: " + request.getTitle(),
                request.getJurisdiction().getName() + " (" + request.getJurisdiction().getRegion() + ", population "
                + String.format(java.util.Locale.US, "%,d", request.getJurisdiction().getPopulation()) + ") asks "
                + addressee.getOrganisation().getName() + " for technical assistance with "
                + request.getServiceArea().getPath() + ".\n\nRead it and answer (ask a question, decline or propose): "
                + providerLink(request) + "\n");
    }

    void memberWrote(RequestAddressee addressee) {
        AssistanceRequest request = addressee.getRequest();
        toProvider(addressee, "New message about the request: " + request.getTitle(),
                request.getRequester().getFullName() + " of " + request.getJurisdiction().getName()
                + " wrote to you about their request.\n\nRead it: " + providerLink(request) + "\n");
    }

    void reminder(RequestAddressee addressee) {
        AssistanceRequest request = addressee.getRequest();
        toProvider(addressee, "Reminder: a request waits for your answer: " + request.getTitle(),
                request.getJurisdiction().getName() + " asked " + addressee.getOrganisation().getName()
                + " for technical assistance " + RequestLimits.REMINDER_AFTER_WORKING_DAYS + " working days ago and has no answer yet."
                + " A short question, a proposal or a decline with a reason all help them plan.\n\n" + providerLink(request) + "\n");
    }

    void providerAnswered(RequestAddressee addressee, RequestMessageKind kind) {
        AssistanceRequest request = addressee.getRequest();
        Account member = request.getRequester();
        String provider = addressee.getOrganisation().getName();
        String what = switch (kind) {
            case QUESTION, ANSWER -> provider + " asked a question about your request";
            case PROPOSAL -> provider + " sent a proposal for your request";
            case DECLINE -> provider + " declined your request";
        };
        mailer.send(member.getEmail(), what + ": " + request.getTitle(), "Hello " + member.getFullName() + ",\n\n" + what
                + " \"" + request.getTitle() + "\".\n\nRead it: " + settings.link("marketplace/request-detail.xhtml?id=" + request.getId()) + "\n");
    }

    private void toProvider(RequestAddressee addressee, String subject, String text) {
        for (Account person : peopleOf(addressee.getOrganisation())) {
            mailer.send(person.getEmail(), subject, "Hello " + person.getFullName() + ",\n\n" + text);
        }
    }

    /** The organisation's people whose accounts are in use. */
    private List<Account> peopleOf(ProviderOrganisation organisation) {
        return em.createQuery("SELECT a FROM Account a WHERE a.disabledAt IS NULL AND a.id IN"
                        + " (SELECT u.accountId FROM ProviderUser u WHERE u.organisation = :organisation) ORDER BY a.id", Account.class)
                .setParameter("organisation", organisation).getResultList();
    }

    private String providerLink(AssistanceRequest request) {
        return settings.link("provider/request.xhtml?id=" + request.getId());
    }
}
