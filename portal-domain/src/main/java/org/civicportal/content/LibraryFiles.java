package org.civicportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.civicportal.shared.InvalidInputException;

/** Files attached to library items: checked by content at upload, listed per item, served by id. */
@ApplicationScoped
@Transactional
public class LibraryFiles {

    /** Where files are served, root-relative: {@code /library/files/{id}/{name}}. */
    public static final String ADDRESS_PREFIX = "/library/files/";

    @PersistenceContext
    EntityManager em;

    @Inject
    LibrarySettings settings;

    @Inject
    Clock clock;

    /**
     * Attaches a file to an item after checking its size and its type from its content.
     *
     * @throws InvalidInputException on {@code file} saying what is wrong, and nothing is stored
     */
    public LibraryFile attach(long itemId, String fileName, byte[] content, long editorId) {
        AttachmentCheck.Verdict verdict = AttachmentCheck.check(fileName, content, settings.maxFileBytes());
        if (!verdict.accepted()) {
            throw new InvalidInputException("file", verdict.problem());
        }
        LibraryItem item = em.find(LibraryItem.class, itemId);
        if (item == null) {
            throw new InvalidInputException("file", "This item no longer exists.");
        }
        LibraryFile file = new LibraryFile(item, verdict.safeFileName(), verdict.mediaType(), content, editorId, clock.instant());
        em.persist(file);
        // the search reads an attached report's text: the item is indexed again
        em.persist(new LibraryChange(itemId, clock.instant()));
        em.flush();
        return file;
    }

    /** The item's files, newest first (without their content). */
    public List<LibraryFile> of(long itemId) {
        return em.createQuery("SELECT f FROM LibraryFile f WHERE f.item.id = :item ORDER BY f.uploadedAt DESC, f.id DESC", LibraryFile.class)
                .setParameter("item", itemId).getResultList();
    }

    public Optional<LibraryFile> find(long id) {
        return Optional.ofNullable(em.find(LibraryFile.class, id));
    }

    /**
     * True if an address in a text points at one of our files: {@code /library/files/} then an id.
     * Anything else (another site, a {@code data:} address) is not ours.
     */
    public static boolean isOwnFileAddress(String address) {
        if (address == null || address.length() > 300 || !address.startsWith(ADDRESS_PREFIX)) {
            return false;
        }
        String rest = address.substring(ADDRESS_PREFIX.length());
        int digits = 0;
        while (digits < rest.length() && Character.isDigit(rest.charAt(digits)) && rest.charAt(digits) < 128) {
            digits++;
        }
        return digits > 0 && (digits == rest.length() || rest.charAt(digits) == '/');
    }

    /** The id an address of ours names, if it is one. */
    public static Optional<Long> idIn(String address) {
        if (!isOwnFileAddress(address)) {
            return Optional.empty();
        }
        String rest = address.substring(ADDRESS_PREFIX.length());
        int end = rest.indexOf('/');
        String digits = end < 0 ? rest : rest.substring(0, end);
        return digits.length() > 18 ? Optional.empty() : Optional.of(Long.parseLong(digits));
    }
}
