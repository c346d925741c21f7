package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reading the conversations and files of requests, one query each whatever their length. Who may
 * read them is the callers' business ({@link AssistanceRequests}, {@link AssistanceRequestInbox}).
 */
@ApplicationScoped
public class RequestConversations {

    @PersistenceContext
    EntityManager em;

    /** Every conversation of the request, by addressee id, oldest message first. */
    Map<Long, List<RequestMessage>> ofRequest(long requestId) {
        return em.createQuery("SELECT m FROM RequestMessage m WHERE m.addressee.request.id = :id ORDER BY m.writtenAt, m.id",
                        RequestMessage.class).setParameter("id", requestId).getResultList().stream()
                .collect(Collectors.groupingBy(m -> m.getAddressee().getId(), LinkedHashMap::new, Collectors.toList()));
    }

    /** One provider's conversation, oldest message first. */
    Map<Long, List<RequestMessage>> ofAddressee(RequestAddressee addressee) {
        List<RequestMessage> messages = em.createQuery("SELECT m FROM RequestMessage m WHERE m.addressee = :addressee ORDER BY m.writtenAt, m.id",
                RequestMessage.class).setParameter("addressee", addressee).getResultList();
        return Map.of(addressee.getId(), messages);
    }

    /** The request's own files (not the proposals'), in the order attached. */
    List<RequestAttachment> filesOf(long requestId) {
        return em.createQuery("SELECT f FROM RequestAttachment f WHERE f.request.id = :id AND f.addressee IS NULL ORDER BY f.id",
                RequestAttachment.class).setParameter("id", requestId).getResultList();
    }

    long count(RequestAddressee addressee) {
        return em.createQuery("SELECT COUNT(m) FROM RequestMessage m WHERE m.addressee = :addressee", Long.class)
                .setParameter("addressee", addressee).getSingleResult();
    }

    /**
     * True if the side wrote in this conversation less than {@link RequestLimits#MAIL_SPACING} before
     * {@code now}: the other side was mailed then and reads everything on the page.
     */
    boolean wroteRecently(RequestAddressee addressee, boolean fromProvider, java.time.Instant now) {
        return !em.createQuery("SELECT m.id FROM RequestMessage m WHERE m.addressee = :addressee AND m.fromProvider = :side"
                        + " AND m.writtenAt > :since", Long.class)
                .setParameter("addressee", addressee).setParameter("side", fromProvider)
                .setParameter("since", now.minus(RequestLimits.MAIL_SPACING)).setMaxResults(1).getResultList().isEmpty();
    }

    long proposals(RequestAddressee addressee) {
        return em.createQuery("SELECT COUNT(m) FROM RequestMessage m WHERE m.addressee = :addressee AND m.kind = :kind", Long.class)
                .setParameter("addressee", addressee).setParameter("kind", RequestMessageKind.PROPOSAL).getSingleResult();
    }

    /**
     * A file, if the account may have it: the request's member, or a person of a provider the
     * request went to (a proposal's file: of that provider only). Empty otherwise, which is "not found".
     */
    Optional<RequestAttachment> fileFor(long accountId, long fileId) {
        RequestAttachment file = em.find(RequestAttachment.class, fileId);
        if (file == null) {
            return Optional.empty();
        }
        AssistanceRequest request = file.getRequest();
        if (request.isRequestedBy(accountId)) {
            return Optional.of(file);
        }
        Optional<Long> organisation = organisationIdOf(accountId);
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        boolean addressed = request.addresseeFor(organisation.get()).isPresent();
        boolean ownProposalOrShared = file.getAddressee() == null || file.getAddressee().getOrganisation().getId().equals(organisation.get());
        return addressed && ownProposalOrShared ? Optional.of(file) : Optional.empty();
    }

    /** The organisation the account acts for, read from its provider membership, never from a request. */
    Optional<Long> organisationIdOf(long accountId) {
        return em.createQuery("SELECT u.organisation.id FROM ProviderUser u WHERE u.accountId = :account", Long.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }
}
