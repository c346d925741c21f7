package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicportal.account.Account;
import org.civicportal.content.AttachmentCheck;
import org.civicportal.decision.ChangedMeanwhile;
import org.civicportal.decision.Matrices;
import org.civicportal.membership.MembershipGate;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * Requests for their members: send one (checked in one pass, so nothing is half-saved), list and
 * read one's own, write to a provider, shortlist, close with a choice and feedback. Every method
 * takes the member's account id from the door ({@link AssistanceRequestService}); another member's
 * request is "not found". Steps on one request lock its row, so a provider's answer and the
 * closing take turns.
 */
@ApplicationScoped
@Transactional
public class AssistanceRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Inject
    MembershipGate gate;

    @Inject
    Matrices matrices;

    @Inject
    RequestSettings settings;

    @Inject
    RequestConversations conversations;

    @Inject
    RequestMails mails;

    @Inject
    CivilCalendar calendar;

    @Inject
    Clock clock;

    /**
     * Sends a request from a member in good standing to the chosen providers (1 to 5, each active),
     * with its files, and tells each provider's people (spaced, see {@link RequestLimits}).
     *
     * @throws InvalidInputException naming every field with a problem; nothing is saved then
     */
    public AssistanceRequest send(long memberId, AssistanceRequestForm form, List<RequestUpload> uploads) {
        // the member's row lock makes their sends take turns, so two at once cannot both pass the daily limit
        Account member = em.find(Account.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null || !gate.isInGoodStandingToday(memberId)) {
            throw new InvalidInputException("form", "Requests for technical assistance are for members in good standing:"
                    + " renew your membership to send one.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            inputCheck.valid(form);
        } catch (InvalidInputException invalid) {
            problems.putAll(invalid.problems());
        }
        RequestTransitions.whyNoMoreToday(sentToday(memberId), settings.requestsPerDay()).ifPresent(p -> problems.put("form", p));
        ServiceArea area = form.getServiceAreaId() == null ? null : em.find(ServiceArea.class, form.getServiceAreaId());
        if (form.getServiceAreaId() != null && (area == null || !area.isActive())) {
            problems.putIfAbsent("serviceAreaId", "Choose the service from the list.");
        }
        List<ProviderOrganisation> providers = providers(form.getProviderIds(), problems);
        if (form.getMatrixId() != null && matrices.readable(memberId, form.getMatrixId()).filter(m -> m.isOwnedBy(memberId)).isEmpty()) {
            problems.put("matrixId", "The request can come only from a decision matrix of your own.");
        }
        List<AttachmentCheck.Verdict> files = checked(uploads, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        AssistanceRequest request = new AssistanceRequest(member, area, form, form.getMatrixId(), now);
        em.persist(request);
        for (int i = 0; i < files.size(); i++) {
            em.persist(new RequestAttachment(request, null, files.get(i).safeFileName(), files.get(i).mediaType(),
                    uploads.get(i).content(), memberId, now));
        }
        for (ProviderOrganisation provider : providers) {
            em.persist(request.addressTo(provider));
            em.flush(); // one at a time, so their ids (and the order they are shown in) follow the member's choice
        }
        for (RequestAddressee addressee : request.getAddressees()) {
            if (arrivalMailsInWindow(addressee.getOrganisation(), now) < RequestLimits.MAX_ARRIVAL_MAILS) {
                mails.arrived(addressee);
                addressee.providerNotified(now);
            }
        }
        return request;
    }

    /** The member's own requests, newest first, with their providers (a fixed number of queries). */
    public List<AssistanceRequest> mine(long memberId) {
        return em.createQuery("SELECT r FROM AssistanceRequest r WHERE r.requester.id = :member ORDER BY r.sentAt DESC, r.id DESC",
                AssistanceRequest.class).setParameter("member", memberId).getResultList();
    }

    /** The member's own request with every provider's conversation; empty for anyone else's or none. */
    public Optional<AssistanceRequestDetail> detail(long memberId, long requestId) {
        AssistanceRequest request = em.find(AssistanceRequest.class, requestId);
        if (request == null || !request.isRequestedBy(memberId)) {
            return Optional.empty();
        }
        return Optional.of(new AssistanceRequestDetail(request, request.getAddressees(),
                conversations.ofRequest(requestId), conversations.filesOf(requestId)));
    }

    /** Puts a provider on the member's shortlist for the request, or takes it off. */
    public void shortlist(long memberId, long requestId, long addresseeId, boolean on) {
        RequestAddressee addressee = addressee(memberId, requestId, addresseeId);
        addressee.shortlist(on);
    }

    /**
     * The member writes to one provider (an answer to its question, or a question of their own);
     * the provider's people are told, unless the member wrote to it in the last
     * {@link RequestLimits#MAIL_SPACING} (they were told then, and read everything on the page).
     *
     * @throws InvalidInputException if the text is missing or too long, the request closed, or the provider declined
     */
    public RequestMessage write(long memberId, long requestId, long addresseeId, String text) {
        String body = RequestText.required(text, "message", 6000, "Write your message.");
        RequestAddressee addressee = addressee(memberId, requestId, addresseeId);
        RequestTransitions.whyMemberMayNotWrite(addressee.getRequest().isOpen(), addressee.getState(), conversations.count(addressee))
                .ifPresent(p -> {
                    throw new InvalidInputException("message", p);
                });
        Instant now = clock.instant();
        boolean spaced = !conversations.wroteRecently(addressee, false, now);
        RequestMessage message = new RequestMessage(addressee, false, RequestMessageKind.ANSWER, body, memberId, now);
        em.persist(message);
        if (spaced) {
            mails.memberWrote(addressee);
            addressee.providerNotified(now);
        }
        return message;
    }

    /**
     * Closes the request: the provider chosen (null for none) and the member's feedback, which
     * administrators read. Nothing more is said in it afterwards.
     *
     * @param seenVersion the request's version when the member opened it
     * @throws ChangedMeanwhile if a provider answered meanwhile: the member sees the answer first
     */
    public AssistanceRequest close(long memberId, long requestId, Long chosenAddresseeId, String feedback, int seenVersion) {
        AssistanceRequest request = locked(memberId, requestId);
        String cleanFeedback = RequestText.optional(feedback, "feedback", 2000);
        if (!request.isOpen()) {
            throw new InvalidInputException("form", "This request is closed already.");
        }
        if (request.getVersion() != seenVersion) {
            throw new ChangedMeanwhile("Something changed in this request while you were reading it: look at it again, then close it.");
        }
        ProviderOrganisation chosen = null;
        if (chosenAddresseeId != null) {
            RequestAddressee addressee = request.getAddressees().stream().filter(a -> a.getId().equals(chosenAddresseeId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("chosen", "Choose one of the providers of this request, or none."));
            RequestTransitions.whyNotChosen(addressee.getState()).ifPresent(p -> {
                throw new InvalidInputException("chosen", p);
            });
            chosen = addressee.getOrganisation();
        }
        request.close(chosen, cleanFeedback, clock.instant());
        return request;
    }

    /** The member's own request under its row lock; "not found" for anyone else's. */
    AssistanceRequest locked(long memberId, long requestId) {
        AssistanceRequest request = em.find(AssistanceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.isRequestedBy(memberId)) {
            throw new InvalidInputException("form", "This request was not found.");
        }
        return request;
    }

    private RequestAddressee addressee(long memberId, long requestId, long addresseeId) {
        AssistanceRequest request = locked(memberId, requestId);
        return request.getAddressees().stream().filter(a -> a.getId() == addresseeId).findFirst()
                .orElseThrow(() -> new InvalidInputException("form", "This provider was not found in the request."));
    }

    private long sentToday(long memberId) {
        Instant startOfToday = calendar.today().atStartOfDay(calendar.zone()).toInstant();
        return em.createQuery("SELECT COUNT(r) FROM AssistanceRequest r WHERE r.requester.id = :member AND r.sentAt >= :since", Long.class)
                .setParameter("member", memberId).setParameter("since", startOfToday).getSingleResult();
    }

    private long arrivalMailsInWindow(ProviderOrganisation organisation, Instant now) {
        return em.createQuery("SELECT COUNT(a) FROM RequestAddressee a WHERE a.organisation = :organisation"
                        + " AND a.providerNotifiedAt > :since AND a.request.sentAt > :since", Long.class)
                .setParameter("organisation", organisation).setParameter("since", now.minus(RequestLimits.ARRIVAL_WINDOW)).getSingleResult();
    }

    /** The chosen providers in the order chosen, each once, if every one is known and active. */
    private List<ProviderOrganisation> providers(List<Long> ids, Map<String, String> problems) {
        List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty() || distinct.size() > RequestLimits.MAX_PROVIDERS) {
            if (distinct.size() > RequestLimits.MAX_PROVIDERS) {
                problems.put("providerIds", "Choose at most " + RequestLimits.MAX_PROVIDERS + " providers.");
            }
            return List.of();
        }
        Map<Long, ProviderOrganisation> found = em.createQuery("SELECT p FROM ProviderOrganisation p WHERE p.id IN :ids",
                ProviderOrganisation.class).setParameter("ids", distinct).getResultList().stream()
                .collect(Collectors.toMap(ProviderOrganisation::getId, Function.identity()));
        for (Long id : distinct) {
            ProviderOrganisation provider = found.get(id);
            if (provider == null) {
                problems.putIfAbsent("providerIds", "One of the chosen providers is not in the directory: remove it and choose again.");
            } else if (!provider.isActive()) {
                problems.putIfAbsent("providerIds", provider.getName() + " is not taking requests at the moment: remove it from your list.");
            }
        }
        return distinct.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private static List<AttachmentCheck.Verdict> checked(List<RequestUpload> uploads, Map<String, String> problems) {
        if (uploads.size() > RequestLimits.MAX_ATTACHMENTS) {
            problems.put("files", "Attach at most " + RequestLimits.MAX_ATTACHMENTS + " files.");
            return List.of();
        }
        List<AttachmentCheck.Verdict> verdicts = uploads.stream()
                .map(u -> AttachmentCheck.check(u.fileName(), u.content(), RequestLimits.MAX_ATTACHMENT_BYTES)).toList();
        verdicts.stream().filter(v -> !v.accepted()).findFirst().ifPresent(v -> problems.put("files", v.problem()));
        return verdicts;
    }
}
