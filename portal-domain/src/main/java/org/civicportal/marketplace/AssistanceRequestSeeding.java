package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.Account;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * Writes demonstration requests directly, as they would stand after a few days: for the
 * demonstration only (no mail, no limits, no membership check, which the demonstration's
 * members may not pass).
 */
@ApplicationScoped
@Transactional
public class AssistanceRequestSeeding {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** True if the member has sent a request (the demonstration's is loaded once). */
    public boolean anyFrom(long memberId) {
        return !em.createQuery("SELECT r.id FROM AssistanceRequest r WHERE r.requester.id = :member", Long.class)
                .setParameter("member", memberId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The id of the provider with this address, if it exists. */
    public Optional<Long> provider(String slug) {
        return em.createQuery("SELECT p.id FROM ProviderOrganisation p WHERE p.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /**
     * A request from the member to the two providers, sent three days ago: the first sent a
     * proposal, the second asked a question.
     */
    public AssistanceRequest demoRequest(long memberId, long proposingId, long askingId) {
        Account member = em.find(Account.class, memberId);
        ProviderOrganisation proposing = em.find(ProviderOrganisation.class, proposingId);
        ProviderOrganisation asking = em.find(ProviderOrganisation.class, askingId);
        ServiceArea area = proposing.getServiceAreas().isEmpty()
                ? em.createQuery("SELECT s FROM ServiceArea s WHERE s.active = TRUE ORDER BY s.id", ServiceArea.class).setMaxResults(1).getSingleResult()
                : proposing.getServiceAreas().get(0);
        AssistanceRequestForm form = new AssistanceRequestForm();
        form.setTitle("Sharing " + area.getName().toLowerCase(java.util.Locale.ROOT) + " with our neighbours");
        form.setNeeds("Our council asked us to compare keeping the service in-house with sharing it with the county."
                + " We need help with a cost comparison, a draft interlocal agreement and a briefing for the council.");
        form.setTimeline("A report for the council by the end of next quarter");
        form.setBudgetRange(RequestBudgetRange.FROM_10K);
        form.setPartnershipKind(PartnerType.INTERGOVERNMENTAL);
        Instant sent = clock.instant().minus(Duration.ofDays(3));
        AssistanceRequest request = new AssistanceRequest(member, area, form, null, sent);
        em.persist(request);
        RequestAddressee first = request.addressTo(proposing);
        em.persist(first);
        em.flush(); // one at a time: their ids follow the order they were asked in
        RequestAddressee second = request.addressTo(asking);
        em.persist(second);
        em.flush();
        Instant proposed = sent.plus(Duration.ofHours(26));
        RequestMessage proposal = new RequestMessage(first, true, RequestMessageKind.PROPOSAL,
                "We would compare the full costs of both options, draft the agreement with your attorney and present the findings"
                + " to the council: six weeks of work by two consultants.", writerFor(proposing), proposed);
        proposal.price(new BigDecimal("18500.00"), "USD");
        em.persist(proposal);
        first.answered(RequestAddresseeState.PROPOSAL, proposed);
        Instant asked = sent.plus(Duration.ofHours(5));
        em.persist(new RequestMessage(second, true, RequestMessageKind.QUESTION,
                "Has the county said it is willing to talk? And who holds the equipment today?", writerFor(asking), asked));
        second.answered(RequestAddresseeState.REPLIED, asked);
        return request;
    }

    /** One of the provider's people, or the person who applied for it. */
    private long writerFor(ProviderOrganisation provider) {
        List<Long> people = em.createQuery("SELECT u.accountId FROM ProviderUser u WHERE u.organisation = :p ORDER BY u.id", Long.class)
                .setParameter("p", provider).setMaxResults(1).getResultList();
        return people.isEmpty() ? provider.getAppliedBy() : people.get(0);
    }
}
