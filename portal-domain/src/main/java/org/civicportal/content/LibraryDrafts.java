package org.civicportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicportal.decision.ChangedMeanwhile;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * The steps that writing and the workflow share on one item: find it under its row lock, its open
 * revision checked against the version the editor saw, a new item with a unique address, going live
 * (with the change noted for every node's search), and the checks of a form and its rich text.
 * Called only inside their transactions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LibraryDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Inject
    LibrarySettings settings;

    @Inject
    Clock clock;


    /** A new item of the kind, its address made from the title (unique within the kind). */
    LibraryItem newItem(ResourceKind kind, String title, long editorId, Instant now) {
        String slug = Slugs.uniqueSlug(Slugs.slugOf(title), candidate -> slugTaken(kind, candidate));
        LibraryItem item = new LibraryItem(kind, slug, editorId, now);
        em.persist(item);
        em.flush();
        return item;
    }

    /** Stores the first draft and makes it the item's open revision. */
    <R extends Revision> R opened(LibraryItem item, R draft) {
        em.persist(draft);
        em.flush();
        item.open(draft);
        return draft;
    }

    EditorialPolicy policy() {
        return new EditorialPolicy(settings.twoPersonReview());
    }

    void goLive(LibraryItem item, Revision revision, Instant now) {
        revision.publish(now);
        item.goLive(revision, now);
        changed(item);
    }

    /** Tells the search indexes (every node's) that the item's public face changed. */
    void changed(LibraryItem item) {
        em.persist(new LibraryChange(item.getId(), clock.instant()));
    }

    /**
     * Checks a form in one pass: its constraints, the problems its kind found already ({@code problems},
     * such as a line that cannot be read) and the rich text; returns the sanitised text.
     *
     * @throws InvalidInputException naming every field with a problem, so nothing is saved
     */
    String checked(Object form, String bodyHtml, Map<String, String> problems) {
        try {
            inputCheck.valid(form);
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(problems::putIfAbsent);
        }
        RichText.Sanitised body = RichText.sanitise(bodyHtml, LibraryFiles::isOwnFileAddress);
        // what cannot be shown as written (an image without a text alternative) is refused; what was
        // only removed (a script pasted in) is not something the editor can see or fix, so it is saved clean
        if (!body.mustFix().isEmpty()) {
            problems.putIfAbsent("bodyHtml", String.join(" ", body.mustFix()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body.html();
    }

    List<ServiceArea> areas(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ServiceArea> found = em.createQuery("SELECT s FROM ServiceArea s WHERE s.id IN :ids", ServiceArea.class)
                .setParameter("ids", ids).getResultList();
        if (found.size() != ids.stream().distinct().count()) {
            throw new InvalidInputException("serviceAreaIds", "Choose service areas from the list.");
        }
        return found;
    }

    LibraryItem locked(long itemId) {
        LibraryItem item = em.find(LibraryItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new InvalidInputException("form", "This item no longer exists.");
        }
        return item;
    }

    Revision open(LibraryItem item, Integer seenVersion) {
        Revision revision = item.getOpenRevision();
        if (revision == null) {
            throw new ChangedMeanwhile("This item has no draft or version in review any more: it was published or withdrawn meanwhile.");
        }
        em.refresh(revision);
        if (seenVersion != null && revision.getVersion() != seenVersion) {
            throw new ChangedMeanwhile("Another editor changed this version after you opened it. Nothing was saved: "
                    + "keep a copy of your changes, reload the page and apply them to the newer text.");
        }
        return revision;
    }

    Revision openDraftOf(LibraryItem item, int seenVersion) {
        Revision revision = open(item, seenVersion);
        require(policy().mayEdit(revision));
        return revision;
    }

    Revision revision(LibraryItem item, int number) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.item = :item AND r.number = :number", Revision.class)
                .setParameter("item", item).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("form", "There is no version " + number + " of this item."));
    }

    int nextNumber(LibraryItem item) {
        Integer last = em.createQuery("SELECT MAX(r.number) FROM Revision r WHERE r.item = :item", Integer.class)
                .setParameter("item", item).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    boolean slugTaken(ResourceKind kind, String slug) {
        return !em.createQuery("SELECT i.id FROM LibraryItem i WHERE i.kind = :kind AND i.slug = :slug", Long.class)
                .setParameter("kind", kind).setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("SELECT f.slug FROM FormerSlug f WHERE f.kind = :kind AND f.slug = :slug", String.class)
                .setParameter("kind", kind).setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    boolean slugTakenByAnother(LibraryItem item, String slug) {
        return !em.createQuery("SELECT i.id FROM LibraryItem i WHERE i.kind = :kind AND i.slug = :slug AND i <> :item", Long.class)
                .setParameter("kind", item.getKind()).setParameter("slug", slug).setParameter("item", item)
                .setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("SELECT f.slug FROM FormerSlug f WHERE f.kind = :kind AND f.slug = :slug AND f.item <> :item", String.class)
                .setParameter("kind", item.getKind()).setParameter("slug", slug).setParameter("item", item)
                .setMaxResults(1).getResultList().isEmpty();
    }

    static void require(EditorialVerdict verdict) {
        if (!verdict.allowed()) {
            throw new InvalidInputException("form", verdict.reason());
        }
    }
}
