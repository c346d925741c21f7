package org.civicportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.shared.InvalidInputException;

/**
 * What editors read: their dashboard (my drafts, waiting for review, scheduled, recently
 * published), an item with its revisions, and the comparison of two revisions.
 */
@ApplicationScoped
@Transactional
public class EditorsDesk {

    /** An editor's dashboard. Each list is short: the newest first, at most {@link #LIMIT}. */
    public record Overview(List<Revision> myDrafts, List<Revision> waitingForReview, List<Revision> scheduled,
                           List<LibraryItem> recentlyPublished, List<LibraryItem> allItems) {
    }

    static final int LIMIT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Overview overview(long editorId) {
        Instant now = clock.instant();
        return new Overview(
                openRevisions("r.state = org.civicportal.content.RevisionState.DRAFT AND r.authorId = " + editorId, "r.savedAt DESC"),
                openRevisions("r.state = org.civicportal.content.RevisionState.IN_REVIEW", "r.submittedAt"),
                openRevisions("r.state = org.civicportal.content.RevisionState.APPROVED", "r.publishAt"),
                em.createQuery("SELECT i FROM LibraryItem i JOIN FETCH i.liveRevision WHERE i.changedAt >= :since AND i.archived = FALSE"
                                + " ORDER BY i.changedAt DESC", LibraryItem.class)
                        .setParameter("since", now.minus(Duration.ofDays(30))).setMaxResults(LIMIT).getResultList(),
                em.createQuery("SELECT i FROM LibraryItem i LEFT JOIN FETCH i.liveRevision LEFT JOIN FETCH i.openRevision"
                        + " ORDER BY i.createdAt DESC, i.id DESC", LibraryItem.class).setMaxResults(200).getResultList());
    }

    // the revision list is shown with its item's address: one query with the item joined
    private List<Revision> openRevisions(String condition, String order) {
        return em.createQuery("SELECT r FROM LibraryItem i JOIN i.openRevision r JOIN FETCH r.item WHERE " + condition
                + " ORDER BY " + order, Revision.class).setMaxResults(LIMIT).getResultList();
    }

    /** How many library texts wait for a reviewer. */
    public long countWaitingForReview() {
        return em.createQuery("SELECT COUNT(r) FROM LibraryItem i JOIN i.openRevision r"
                + " WHERE r.state = org.civicportal.content.RevisionState.IN_REVIEW", Long.class).getSingleResult();
    }

    public Optional<LibraryItem> item(long itemId) {
        return em.createQuery("SELECT i FROM LibraryItem i LEFT JOIN FETCH i.liveRevision LEFT JOIN FETCH i.openRevision"
                + " WHERE i.id = :id", LibraryItem.class).setParameter("id", itemId).getResultStream().findFirst();
    }

    /** Every revision of the item, the newest first. */
    public List<Revision> revisions(long itemId) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.item.id = :item ORDER BY r.number DESC", Revision.class)
                .setParameter("item", itemId).getResultList();
    }

    public RevisionComparison compare(long itemId, int older, int newer) {
        return RevisionComparison.of(revision(itemId, older), revision(itemId, newer));
    }

    private Revision revision(long itemId, int number) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.item.id = :item AND r.number = :number", Revision.class)
                .setParameter("item", itemId).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("compare", "There is no version " + number + " of this item."));
    }
}
