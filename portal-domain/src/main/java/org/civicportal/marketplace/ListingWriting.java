package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civicportal.content.AttachmentCheck;
import org.civicportal.content.ResourceKind;
import org.civicportal.content.RichText;
import org.civicportal.content.Slugs;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * A provider writing its listings: a new listing (its first draft, and an address made from its
 * title), saves of the pending version (a live listing gets a new draft, and its live version stays
 * as it is until a moderator approves the change), sending it for moderation, documents, and
 * renewal. Each form is checked in one pass, so nothing is half-saved. Who acts, and for which
 * organisation, is {@link ListingService}'s to say.
 */
@ApplicationScoped
@Transactional
public class ListingWriting {

    /** The largest document accepted (uploads through the pages stop at 2 MB as well). */
    public static final long MAX_DOCUMENT_BYTES = 2L * 1024 * 1024;

    /** The most documents one version shows. */
    public static final int MAX_DOCUMENTS = 10;

    /** PDF and office documents: what a brochure or a sample report is. */
    static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    @PersistenceContext
    EntityManager em;

    @Inject
    Listings listings;

    @Inject
    InputCheck inputCheck;

    @Inject
    CivilCalendar calendar;

    @Inject
    Clock clock;

    /** Starts a listing for the organisation: its first draft, not yet sent for moderation. */
    public Listing create(ProviderOrganisation given, ListingForm form, long writer) {
        Checked checked = check(form);
        ProviderOrganisation organisation = em.contains(given) ? given : em.find(ProviderOrganisation.class, given.getId());
        requireActive(organisation);
        Instant now = clock.instant();
        String slug = Slugs.uniqueSlug(Slugs.slugOf(form.getTitle()), candidate -> listings.slugTaken(organisation, candidate));
        Listing listing = new Listing(organisation, slug, writer, now);
        em.persist(listing);
        em.flush();
        ListingVersion draft = new ListingVersion(listing, 1, writer, now);
        draft.write(form, checked.description(), checked.areas(), checked.regions(), checked.caseStudies(), writer, now);
        em.persist(draft);
        em.flush();
        listing.openPending(draft);
        return listing;
    }

    /**
     * Saves the form into the listing's pending version; a live listing without one gets a new
     * draft, and the directory keeps showing the live version until a moderator approves.
     *
     * @param seenVersionId the version the provider opened (the pending one, or the live one)
     * @param seenVersion   its version counter then
     * @throws org.civicportal.decision.ChangedMeanwhile if a colleague or a moderator changed it since
     */
    public ListingVersion save(ProviderOrganisation organisation, long listingId, ListingForm form, long seenVersionId,
                               int seenVersion, long writer) {
        Checked checked = check(form);
        Listing listing = listings.lockedOf(listingId, organisation);
        Listings.seen(listing, listing.getLatestVersion(), seenVersionId, seenVersion, "A colleague or a moderator changed this "
                + "listing after you opened it. Nothing was saved: keep a copy of your changes, reload the page and apply them again.");
        ListingVersion draft = editableDraft(listing, writer);
        draft.write(form, checked.description(), checked.areas(), checked.regions(), checked.caseStudies(), writer, clock.instant());
        return draft;
    }

    /** Sends the pending draft for moderation; it cannot change until a moderator decides. */
    public ListingVersion submit(ProviderOrganisation organisation, long listingId, long seenVersionId, int seenVersion) {
        Listing listing = listings.lockedOf(listingId, organisation);
        requireActive(organisation);
        ListingVersion pending = Listings.seen(listing, listing.getPendingVersion(), seenVersionId, seenVersion,
                "This listing changed after you opened it: reload the page, check it and send it again.");
        if (!pending.getState().isEditable()) {
            throw new InvalidInputException("form", "This version already waits for moderation.");
        }
        pending.submit(clock.instant());
        return pending;
    }

    /**
     * Withdraws the pending change of a published listing, whether it is a draft, waits for a
     * moderator or was sent back: the published version stays as it is, and the change is gone (its
     * documents stay with the listing, for a later change). A listing never published has nothing to
     * go back to, so its only version cannot be withdrawn.
     */
    public void withdrawChange(ProviderOrganisation organisation, long listingId, long seenVersionId, int seenVersion) {
        Listing listing = listings.lockedOf(listingId, organisation);
        ListingVersion pending = Listings.seen(listing, listing.getPendingVersion(), seenVersionId, seenVersion,
                "This listing changed after you opened it (a moderator may have decided): reload the page and look again.");
        if (listing.getLiveVersion() == null) {
            throw new InvalidInputException("form", "This listing was never published, so there is no earlier version to go back to.");
        }
        listing.openPending(null);
        em.remove(pending);
    }

    /**
     * Attaches a document to the pending version (a live listing gets a new draft for it). Its type
     * is judged by its content: PDF or an office document without macros, at most 2 MB.
     */
    public ListingDocument attach(ProviderOrganisation organisation, long listingId, String fileName, byte[] content, long writer) {
        AttachmentCheck.Verdict verdict = AttachmentCheck.check(fileName, content, MAX_DOCUMENT_BYTES);
        if (!verdict.accepted()) {
            throw new InvalidInputException("upload", verdict.problem());
        }
        if (!DOCUMENT_TYPES.contains(verdict.mediaType())) {
            throw new InvalidInputException("upload", "Attach a PDF or an office document (Word, Excel, PowerPoint, OpenDocument).");
        }
        Listing listing = listings.lockedOf(listingId, organisation);
        ListingVersion draft = editableDraft(listing, writer);
        if (draft.getDocuments().size() >= MAX_DOCUMENTS) {
            throw new InvalidInputException("upload", "A listing shows at most " + MAX_DOCUMENTS + " documents: remove one first.");
        }
        ListingDocument document = new ListingDocument(listing, verdict.safeFileName(), verdict.mediaType(), content, writer, clock.instant());
        em.persist(document);
        em.flush();
        draft.addDocument(document);
        return document;
    }

    /** Takes a document off the pending version; earlier versions keep it in their record. */
    public ListingVersion removeDocument(ProviderOrganisation organisation, long listingId, long documentId, long writer) {
        Listing listing = listings.lockedOf(listingId, organisation);
        ListingVersion draft = editableDraft(listing, writer);
        draft.removeDocument(documentId);
        return draft;
    }

    /** Renews the term for twelve months, in its last 30 days or after it ended. */
    public Listing renew(ProviderOrganisation organisation, long listingId) {
        Listing listing = listings.lockedOf(listingId, organisation);
        requireActive(organisation);
        if (listing.getLiveVersion() == null || !ListingTerm.mayRenew(listing.getTermEndsOn(), calendar.today())) {
            throw new InvalidInputException("form", "A listing can be renewed in the last " + ListingTerm.RENEWAL_WINDOW_DAYS
                    + " days of its term or after it ended.");
        }
        listing.renew(ListingTerm.renewedEnd(listing.getTermEndsOn(), calendar.today()), clock.instant());
        return listing;
    }

    /** The pending version if the provider may still change it; a new draft of the live one if there is none. */
    private ListingVersion editableDraft(Listing listing, long writer) {
        ListingVersion pending = listing.getPendingVersion();
        if (pending == null) {
            pending = listing.getLiveVersion().copyAsDraft(listings.nextNumber(listing), writer, clock.instant());
            em.persist(pending);
            em.flush();
            listing.openPending(pending);
            return pending;
        }
        if (!pending.getState().isEditable()) {
            throw new InvalidInputException("form", "This version waits for moderation: it can change again once a moderator "
                    + "approves it or sends it back.");
        }
        return pending;
    }

    private static void requireActive(ProviderOrganisation organisation) {
        if (!organisation.isActive()) {
            throw new InvalidInputException("form", "Your organisation is not an approved provider at present ("
                    + organisation.getStatus().getLabel().toLowerCase() + "), so its listings cannot be published.");
        }
    }

    /** A form's checked values, once every problem is ruled out. */
    private record Checked(String description, List<ServiceArea> areas, Set<String> regions, List<Long> caseStudies) {
    }

    /**
     * Checks the whole form in one pass (its constraints, the regions, service areas, case studies
     * and the rich text) and names every field with a problem.
     */
    private Checked check(ListingForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            inputCheck.valid(form);
        } catch (InvalidInputException invalid) {
            problems.putAll(invalid.problems());
        }
        ListingRegions.Read regions = ListingRegions.read(form.getRegions());
        if (!regions.ok()) {
            problems.putIfAbsent("regions", regions.problem());
        }
        List<ServiceArea> areas = areas(form.getServiceAreaIds(), problems);
        List<Long> caseStudies = caseStudies(form.getCaseStudyIds(), problems);
        RichText.Sanitised description = RichText.sanitise(form.getDescriptionHtml(), address -> false);
        if (!description.mustFix().isEmpty()) {
            problems.putIfAbsent("descriptionHtml", "Images cannot be placed in a listing's description; attach documents instead.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(description.html(), areas, regions.codes(), caseStudies);
    }

    private List<ServiceArea> areas(List<Long> ids, Map<String, String> problems) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty() || distinct.size() > 10) {
            return List.of();
        }
        List<ServiceArea> found = em.createQuery("SELECT s FROM ServiceArea s WHERE s.id IN :ids AND s.active = TRUE", ServiceArea.class)
                .setParameter("ids", distinct).getResultList();
        if (found.size() != distinct.size()) {
            problems.putIfAbsent("serviceAreaIds", "Choose service areas from the list.");
        }
        return found;
    }

    /** The chosen case studies, each once, if every one is a public case study of the library. */
    private List<Long> caseStudies(List<Long> ids, Map<String, String> problems) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty() || distinct.size() > ListingForm.MAX_CASE_STUDIES) {
            return distinct;
        }
        long found = em.createQuery("SELECT COUNT(i) FROM LibraryItem i WHERE i.id IN :ids AND i.kind = :kind"
                        + " AND i.liveRevision IS NOT NULL AND i.archived = FALSE", Long.class)
                .setParameter("ids", distinct).setParameter("kind", ResourceKind.CASE_STUDY).getSingleResult();
        if (found != distinct.size()) {
            problems.putIfAbsent("caseStudyIds", "Choose case studies from the list of the library's public case studies.");
        }
        return distinct;
    }
}
