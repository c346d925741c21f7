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
import org.civicportal.content.AttachmentCheck;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;

/**
 * Requests as a provider's people see them: the inbox of those addressed to their organisation,
 * one request with their own conversation, and their answers (a question, a decline with a reason,
 * a proposal). The organisation is always read from the caller's {@link ProviderUser} row; a
 * request addressed elsewhere is "not found", whatever id was sent. Each answer locks the request's
 * row and raises its version, so the member closing it meanwhile is told, and an answer after the
 * closing is refused.
 */
@ApplicationScoped
@Transactional
public class AssistanceRequestInbox {

    private static final String NOT_FOUND = "This request was not found.";

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestConversations conversations;

    @Inject
    InputCheck inputCheck;

    @Inject
    RequestMails mails;

    @Inject
    Clock clock;

    /** The organisation the caller acts for, if any. */
    public Optional<ProviderOrganisation> organisationOf(long accountId) {
        return conversations.organisationIdOf(accountId).map(id -> em.find(ProviderOrganisation.class, id));
    }

    /** The requests addressed to the caller's organisation, newest first (empty for anyone else). */
    public List<RequestAddressee> inbox(long accountId) {
        Optional<Long> organisation = conversations.organisationIdOf(accountId);
        if (organisation.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM RequestAddressee a JOIN FETCH a.request r JOIN FETCH r.serviceArea"
                        + " WHERE a.organisation.id = :organisation ORDER BY r.sentAt DESC, r.id DESC", RequestAddressee.class)
                .setParameter("organisation", organisation.get()).getResultList();
    }

    /** The request with the caller's own conversation, if it was addressed to the caller's organisation. */
    public Optional<AssistanceRequestDetail> detail(long accountId, long requestId) {
        return addresseeOf(accountId, requestId).map(this::detailOf);
    }

    /**
     * Opens the request for one of the addressed provider's people: the first time, it shows the
     * member it was read. Changes nothing for anyone else (they get "not found"), and nothing the
     * second time.
     */
    public Optional<AssistanceRequestDetail> open(long accountId, long requestId) {
        Optional<RequestAddressee> addressee = addresseeOf(accountId, requestId);
        addressee.filter(a -> a.getReadAt() == null).ifPresent(a -> {
            // under the row's lock, so two colleagues opening it at once mark it read once
            em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
            a.markRead(clock.instant());
        });
        return addressee.map(this::detailOf);
    }

    /** Asks the member a question; the member is told (spaced). */
    public RequestMessage ask(long accountId, long requestId, String text) {
        String body = RequestText.required(text, "question", 6000, "Write your question.");
        RequestAddressee addressee = acting(accountId, requestId, RequestTransitions.ProviderAct.ASK, "question");
        return answer(addressee, RequestTransitions.ProviderAct.ASK, RequestMessageKind.QUESTION, body, accountId);
    }

    /** Declines the request with a reason the member reads; nothing more is said by this provider afterwards. */
    public RequestMessage decline(long accountId, long requestId, String reason) {
        String body = RequestText.required(reason, "reason", 2000, "Say why you decline, so the member can plan.");
        RequestAddressee addressee = acting(accountId, requestId, RequestTransitions.ProviderAct.DECLINE, "reason");
        RequestMessage message = answer(addressee, RequestTransitions.ProviderAct.DECLINE, RequestMessageKind.DECLINE, body, accountId);
        addressee.decline(body, clock.instant());
        return message;
    }

    /**
     * Sends a proposal (text, price, perhaps a file only the member and this provider see).
     *
     * @throws InvalidInputException naming every field with a problem; nothing is saved then
     */
    public RequestMessage propose(long accountId, long requestId, ProposalForm form, RequestUpload upload) {
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            inputCheck.valid(form);
        } catch (InvalidInputException invalid) {
            problems.putAll(invalid.problems());
        }
        AttachmentCheck.Verdict file = upload == null ? null
                : AttachmentCheck.check(upload.fileName(), upload.content(), RequestLimits.MAX_ATTACHMENT_BYTES);
        if (file != null && !file.accepted()) {
            problems.put("attachment", file.problem());
        }
        RequestAddressee addressee = acting(accountId, requestId, RequestTransitions.ProviderAct.PROPOSE, "text");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RequestMessage message = answer(addressee, RequestTransitions.ProviderAct.PROPOSE, RequestMessageKind.PROPOSAL,
                form.getText().strip(), accountId);
        message.price(form.getPrice(), form.getCurrency());
        if (file != null) {
            RequestAttachment attachment = new RequestAttachment(addressee.getRequest(), addressee, file.safeFileName(), file.mediaType(),
                    upload.content(), accountId, clock.instant());
            em.persist(attachment);
            message.attach(attachment);
        }
        return message;
    }

    private RequestMessage answer(RequestAddressee addressee, RequestTransitions.ProviderAct act, RequestMessageKind kind, String body,
                                  long accountId) {
        Instant now = clock.instant();
        // a proposal or a decline is always told (both are capped); a question unless this provider
        // wrote a moment ago, when the member was told already and reads everything on the page
        boolean spaced = !conversations.wroteRecently(addressee, true, now);
        RequestMessage message = new RequestMessage(addressee, true, kind, body, accountId, now);
        em.persist(message);
        addressee.answered(RequestTransitions.after(act, addressee.getState()), now);
        if (kind != RequestMessageKind.QUESTION || spaced) {
            mails.providerAnswered(addressee, kind);
            addressee.memberNotified(now);
        }
        return message;
    }

    /**
     * The caller's organisation's row of the request, under the request's row lock (its version
     * raised, so a member closing it from an older view is told), if the caller may answer now.
     */
    private RequestAddressee acting(long accountId, long requestId, RequestTransitions.ProviderAct act, String field) {
        RequestAddressee addressee = addresseeOf(accountId, requestId)
                .orElseThrow(() -> new InvalidInputException("form", NOT_FOUND));
        // locked only once it is known to be the caller's: a stranger's id changes nothing, not even a version
        em.refresh(addressee.getRequest(), LockModeType.PESSIMISTIC_WRITE);
        em.lock(addressee.getRequest(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.refresh(addressee);
        if (!addressee.getOrganisation().isActive()) {
            throw new InvalidInputException("form", "Your organisation is not an active provider at the moment: it cannot answer requests.");
        }
        RequestTransitions.whyProviderMayNot(act, addressee.getRequest().isOpen(), addressee.getState(), conversations.count(addressee),
                act == RequestTransitions.ProviderAct.PROPOSE ? conversations.proposals(addressee) : 0).ifPresent(p -> {
                    throw new InvalidInputException(addressee.getRequest().isOpen() ? field : "form", p);
                });
        return addressee;
    }

    private Optional<RequestAddressee> addresseeOf(long accountId, long requestId) {
        Optional<Long> organisation = conversations.organisationIdOf(accountId);
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        AssistanceRequest request = em.find(AssistanceRequest.class, requestId);
        return request == null ? Optional.empty() : request.addresseeFor(organisation.get());
    }

    private AssistanceRequestDetail detailOf(RequestAddressee addressee) {
        AssistanceRequest request = addressee.getRequest();
        return new AssistanceRequestDetail(request, List.of(addressee), conversations.ofAddressee(addressee),
                conversations.filesOf(request.getId()));
    }
}
