package org.civicportal.marketplace;

import java.util.List;
import java.util.Map;

/**
 * A request as one person may see it, read in a fixed number of queries: for its member, every
 * provider it went to with each conversation; for a provider, its own row and conversation only.
 *
 * @param addressees    the providers shown (all for the member, its own for a provider)
 * @param conversations messages by addressee id, oldest first
 * @param files         the request's own files
 */
public record AssistanceRequestDetail(AssistanceRequest request, List<RequestAddressee> addressees,
                                      Map<Long, List<RequestMessage>> conversations, List<RequestAttachment> files) {

    /** The conversation with one provider, oldest first. */
    public List<RequestMessage> conversation(RequestAddressee addressee) {
        return conversations.getOrDefault(addressee.getId(), List.of());
    }

    /** The provider's own row (for a provider's view: the only one). */
    public RequestAddressee own() {
        return addressees.get(0);
    }
}
