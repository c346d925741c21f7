package org.civicportal.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicportal.account.Account;
import org.civicportal.account.Role;
import org.civicportal.content.PartnerType;
import org.civicportal.membership.MembershipGate;
import org.civicportal.shared.Caller;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * The door to requests for technical assistance, acting for the caller: as the member who sends
 * and closes requests, or as one of a provider's people answering those addressed to their
 * organisation. The caller is taken from the security context, never from what a page sends, so a
 * request of someone else is "not found" whatever id is tried. Anonymous callers are refused.
 */
@Stateless
@RolesAllowed({Role.Names.MEMBER, Role.Names.EDITOR, Role.Names.PROVIDER, Role.Names.ADMIN})
public class AssistanceRequestService {

    @Resource
    SessionContext context;

    @Inject
    AssistanceRequests requests;

    @Inject
    AssistanceRequestInbox inbox;

    @Inject
    RequestConversations conversations;

    @Inject
    RequestSuggestions suggestions;

    @Inject
    MembershipGate gate;

    @PersistenceContext
    EntityManager em;

    // --- as the member who asks

    /** True if the caller may send requests: a member in good standing today. */
    public boolean mayAsk() {
        return gate.isInGoodStandingToday(callerId());
    }

    /**
     * Sends the caller's request to the chosen providers (see {@link AssistanceRequests#send}).
     *
     * @throws org.civicportal.shared.InvalidInputException naming every field with a problem; nothing is saved then
     */
    public AssistanceRequest send(AssistanceRequestForm form, List<RequestUpload> uploads) {
        return requests.send(callerId(), form, uploads);
    }

    /** The caller's own requests, newest first. */
    public List<AssistanceRequest> myRequests() {
        return requests.mine(callerId());
    }

    /** One of the caller's own requests with every conversation; empty for "not found". */
    public Optional<AssistanceRequestDetail> myRequest(long requestId) {
        return requests.detail(callerId(), requestId);
    }

    /** Shortlists one provider of the caller's request, or takes it off the shortlist. */
    public void shortlist(long requestId, long addresseeId, boolean on) {
        requests.shortlist(callerId(), requestId, addresseeId, on);
    }

    /** Writes to one provider of the caller's request. */
    public RequestMessage write(long requestId, long addresseeId, String text) {
        return requests.write(callerId(), requestId, addresseeId, text);
    }

    /** Closes the caller's request with the provider chosen (null: none) and feedback. */
    public AssistanceRequest close(long requestId, Long chosenAddresseeId, String feedback, int seenVersion) {
        return requests.close(callerId(), requestId, chosenAddresseeId, feedback, seenVersion);
    }

    /** The caller's local government, as their profile gives it: the request copies it. */
    public Account me() {
        return em.find(Account.class, callerId());
    }

    /** Active providers suiting the service in the caller's region and one of the kinds (any when empty). */
    public List<ProviderOrganisation> suggestions(ServiceArea service, Set<PartnerType> kinds) {
        return suggestions.suiting(service, me().getJurisdiction(), kinds);
    }

    // --- as one of a provider's people

    /** The organisation the caller acts for, if any. */
    public Optional<ProviderOrganisation> myOrganisation() {
        return inbox.organisationOf(callerId());
    }

    /** The requests addressed to the caller's organisation. */
    public List<RequestAddressee> inbox() {
        return inbox.inbox(callerId());
    }

    /** A request addressed to the caller's organisation, marked read the first time (see {@link AssistanceRequestInbox#open}). */
    public Optional<AssistanceRequestDetail> openAddressed(long requestId) {
        return inbox.open(callerId(), requestId);
    }

    /** The same without marking it read. */
    public Optional<AssistanceRequestDetail> addressed(long requestId) {
        return inbox.detail(callerId(), requestId);
    }

    public RequestMessage ask(long requestId, String question) {
        return inbox.ask(callerId(), requestId, question);
    }

    public RequestMessage decline(long requestId, String reason) {
        return inbox.decline(callerId(), requestId, reason);
    }

    public RequestMessage propose(long requestId, ProposalForm form, RequestUpload upload) {
        return inbox.propose(callerId(), requestId, form, upload);
    }

    // --- either side

    /** A file of a request, if the caller is its member or one of an addressed provider's people; else empty. */
    public Optional<RequestAttachment> file(long fileId) {
        return conversations.fileFor(callerId(), fileId);
    }

    private long callerId() {
        return Caller.accountId(context);
    }
}
