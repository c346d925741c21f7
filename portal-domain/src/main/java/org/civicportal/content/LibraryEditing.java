package org.civicportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.civicportal.shared.InvalidInputException;

/**
 * The editorial workflow on library items: open a new draft of a published item (the live page
 * stays as it is until approved), send a draft for review, send it back or approve it for a time,
 * publish what is due, archive, restore an earlier version, rename. Each step locks the item's row,
 * so two editors pressing buttons on one item take turns. Who may call is checked by
 * {@link LibraryAdministration}; the rules are {@link EditorialPolicy}'s; drafts are written by
 * {@link LibraryWriting}.
 */
@ApplicationScoped
@Transactional
public class LibraryEditing {

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryDrafts drafts;

    @Inject
    Clock clock;


    /** Opens a new draft of a published item, a copy of what is live; the live page stays as it is. */
    public Revision startDraft(long itemId, long editorId) {
        LibraryItem item = drafts.locked(itemId);
        if (item.getOpenRevision() != null) {
            return item.getOpenRevision();
        }
        Revision draft = item.getLiveRevision().copyAsDraft(drafts.nextNumber(item), editorId, clock.instant());
        em.persist(draft);
        em.flush();
        item.open(draft);
        return draft;
    }

    public Revision submit(long itemId, int seenVersion, long editorId) {
        LibraryItem item = drafts.locked(itemId);
        Revision revision = drafts.open(item, seenVersion);
        LibraryDrafts.require(drafts.policy().maySubmit(revision));
        revision.submit(editorId, clock.instant());
        return revision;
    }

    /** Returns the open revision to draft: a reviewer's comment is required, a writer withdrawing needs none. */
    public Revision sendBack(long itemId, String comment, long editorId) {
        LibraryItem item = drafts.locked(itemId);
        Revision revision = drafts.open(item, null);
        LibraryDrafts.require(drafts.policy().maySendBack(revision));
        String reason = comment == null ? "" : comment.strip();
        boolean withdrawing = revision.getSubmittedBy() != null && revision.getSubmittedBy() == editorId;
        if (reason.isEmpty() && !withdrawing) {
            throw new InvalidInputException("comment", "Say what should change, so the writer knows what to do.");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("comment", "Use at most 2,000 characters.");
        }
        revision.sendBack(editorId, reason.isEmpty() ? null : reason);
        return revision;
    }

    /**
     * Approves the revision in review, to go live at {@code publishAt} (now if null or past). At that
     * minute {@link #publishDue()} makes it live.
     */
    public Revision approve(long itemId, Instant publishAt, long reviewerId) {
        LibraryItem item = drafts.locked(itemId);
        Revision revision = drafts.open(item, null);
        LibraryDrafts.require(drafts.policy().mayApprove(revision, reviewerId));
        Instant now = clock.instant();
        boolean later = publishAt != null && publishAt.isAfter(now);
        revision.approve(reviewerId, later ? publishAt : now);
        if (!later) {
            drafts.goLive(item, revision, now);
        }
        return revision;
    }

    /**
     * Publishes every approved revision whose time has come. Each is claimed by a conditional
     * update first, so with several nodes (or a slow run overlapping the next) it goes live once.
     *
     * @return how many went live
     */
    public int publishDue() {
        Instant now = clock.instant();
        List<Long> due = em.createQuery("SELECT r.id FROM Revision r WHERE r.state = org.civicportal.content.RevisionState.APPROVED"
                + " AND r.publishAt <= :now ORDER BY r.publishAt", Long.class).setParameter("now", now).getResultList();
        int published = 0;
        for (Long id : due) {
            Revision revision = em.find(Revision.class, id);
            LibraryItem item = drafts.locked(revision.getItem().getId());
            em.refresh(revision);
            if (revision.getState() == RevisionState.APPROVED && !revision.getPublishAt().isAfter(now)) {
                drafts.goLive(item, revision, now);
                published++;
            }
        }
        return published;
    }

    public LibraryItem archive(long itemId) {
        LibraryItem item = drafts.locked(itemId);
        item.archive(clock.instant());
        drafts.changed(item);
        return item;
    }

    public LibraryItem unarchive(long itemId) {
        LibraryItem item = drafts.locked(itemId);
        item.restoreFromArchive(clock.instant());
        drafts.changed(item);
        return item;
    }

    /**
     * Makes an earlier revision's text the new open draft. An open draft that was there is kept in
     * the history as an earlier version; a revision in review or approved must be sent back first.
     */
    public Revision restore(long itemId, int number, long editorId) {
        LibraryItem item = drafts.locked(itemId);
        Revision open = item.getOpenRevision();
        if (open != null && open.getState() != RevisionState.DRAFT) {
            throw new InvalidInputException("form", "Send the version in review back to draft before restoring an earlier one.");
        }
        Revision source = drafts.revision(item, number);
        Revision draft = source.copyAsDraft(drafts.nextNumber(item), editorId, clock.instant());
        draft.markRestoredFrom(number);
        em.persist(draft);
        em.flush();
        if (open != null) {
            open.supersede();
        }
        item.open(draft);
        return draft;
    }

    /** Gives the item a new address; the old one keeps answering with a permanent redirect. */
    public LibraryItem rename(long itemId, String wantedSlug) {
        LibraryItem item = drafts.locked(itemId);
        String slug = Slugs.slugOf(wantedSlug == null || wantedSlug.length() > 200 ? "" : wantedSlug);
        if (slug.equals(item.getSlug())) {
            return item;
        }
        if (drafts.slugTakenByAnother(item, slug)) {
            throw new InvalidInputException("slug", "Another " + item.getKind().getLabel().toLowerCase() + " has this address already.");
        }
        em.persist(new FormerSlug(item.getKind(), item.getSlug(), item));
        em.createQuery("DELETE FROM FormerSlug f WHERE f.kind = :kind AND f.slug = :slug")
                .setParameter("kind", item.getKind()).setParameter("slug", slug).executeUpdate();
        item.rename(slug);
        drafts.changed(item);
        return item;
    }
    EditorialPolicy policy() {
        return drafts.policy();
    }

}
