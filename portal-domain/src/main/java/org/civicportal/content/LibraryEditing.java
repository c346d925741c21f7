package org.civicportal.content;

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
import org.civicportal.decision.ChangedMeanwhile;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * Editors' work on library items: write a draft, send it for review, send it back or approve it for
 * a time, and the later drafts of a published item, which stay off the public page until approved.
 * Each step locks the item's row, so two editors pressing buttons on one item take turns; a draft
 * saved over a newer save of another editor is refused, and the editor keeps what they typed.
 * Who may call is checked by {@link LibraryAdministration}; the rules are {@link EditorialPolicy}'s.
 */
@ApplicationScoped
@Transactional
public class LibraryEditing {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Inject
    LibrarySettings settings;

    @Inject
    Clock clock;

    /** Starts a case study: its first draft, and an address made from its title. */
    public CaseStudy createCaseStudy(CaseStudyForm form, long editorId) {
        String body = checked(form);
        Instant now = clock.instant();
        String slug = Slugs.uniqueSlug(Slugs.slugOf(form.getTitle()), candidate -> slugTaken(ResourceKind.CASE_STUDY, candidate));
        LibraryItem item = new LibraryItem(ResourceKind.CASE_STUDY, slug, editorId, now);
        em.persist(item);
        em.flush();
        CaseStudy draft = new CaseStudy(item, 1, editorId, now);
        draft.write(form, body, areas(form.getServiceAreaIds()), editorId, now);
        em.persist(draft);
        em.flush();
        item.open(draft);
        return draft;
    }

    /**
     * Saves the open draft of a case study.
     *
     * @param seenVersion the draft's version when the editor opened it
     * @throws ChangedMeanwhile if someone saved the draft after that: nothing is saved
     */
    public CaseStudy saveCaseStudy(long itemId, CaseStudyForm form, int seenVersion, long editorId) {
        String body = checked(form);
        LibraryItem item = locked(itemId);
        CaseStudy draft = (CaseStudy) openDraftOf(item, seenVersion);
        Instant now = clock.instant();
        draft.write(form, body, areas(form.getServiceAreaIds()), editorId, now);
        return draft;
    }

    /** Starts a research summary: its first draft (no report yet: the item has no files), and its address. */
    public ResearchSummary createResearchSummary(ResearchSummaryForm form, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> findings = findings(form, problems);
        if (form.getReportFileId() != null) {
            problems.put("reportFileId", "Attach the report on the item's page once the draft is saved, then choose it here.");
        }
        String body = checked(form, form.getBodyHtml(), problems);
        Instant now = clock.instant();
        LibraryItem item = newItem(ResourceKind.RESEARCH_SUMMARY, form.getTitle(), editorId, now);
        ResearchSummary draft = new ResearchSummary(item, 1, editorId, now);
        form.setKeyFindingList(findings);
        draft.write(form, body, areas(form.getServiceAreaIds()), null, editorId, now);
        return opened(item, draft);
    }

    /**
     * Saves the open draft of a research summary; its report must be one of the item's PDF files.
     *
     * @throws ChangedMeanwhile if someone saved the draft after {@code seenVersion}: nothing is saved
     */
    public ResearchSummary saveResearchSummary(long itemId, ResearchSummaryForm form, int seenVersion, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> findings = findings(form, problems);
        LibraryFile report = null;
        if (form.getReportFileId() != null) {
            report = em.find(LibraryFile.class, form.getReportFileId());
            if (report == null || report.getItem().getId() != itemId || !"application/pdf".equals(report.getMediaType())) {
                problems.put("reportFileId", "Choose the report from this item's PDF files.");
            }
        }
        String body = checked(form, form.getBodyHtml(), problems);
        LibraryItem item = locked(itemId);
        ResearchSummary draft = (ResearchSummary) openDraftOf(item, seenVersion);
        form.setKeyFindingList(findings);
        draft.write(form, body, areas(form.getServiceAreaIds()), report, editorId, clock.instant());
        return draft;
    }

    /** Starts a training programme: its first draft, and an address made from its title. */
    public TrainingProgramme createTrainingProgramme(TrainingProgrammeForm form, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<TrainingDate> dates = dates(form, problems);
        String body = checked(form, form.getBodyHtml(), problems);
        Instant now = clock.instant();
        LibraryItem item = newItem(ResourceKind.TRAINING_PROGRAMME, form.getTitle(), editorId, now);
        TrainingProgramme draft = new TrainingProgramme(item, 1, editorId, now);
        draft.write(form, body, areas(form.getServiceAreaIds()), dates, editorId, now);
        return opened(item, draft);
    }

    /**
     * Saves the open draft of a training programme.
     *
     * @throws ChangedMeanwhile if someone saved the draft after {@code seenVersion}: nothing is saved
     */
    public TrainingProgramme saveTrainingProgramme(long itemId, TrainingProgrammeForm form, int seenVersion, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<TrainingDate> dates = dates(form, problems);
        String body = checked(form, form.getBodyHtml(), problems);
        LibraryItem item = locked(itemId);
        TrainingProgramme draft = (TrainingProgramme) openDraftOf(item, seenVersion);
        draft.write(form, body, areas(form.getServiceAreaIds()), dates, editorId, clock.instant());
        return draft;
    }

    private static List<TrainingDate> dates(TrainingProgrammeForm form, Map<String, String> problems) {
        ResourceLines.Read<TrainingDate> read = ResourceLines.dates(form.getUpcomingDates(), TrainingProgrammeForm.MAX_DATES);
        if (!read.ok()) {
            problems.put("upcomingDates", read.problem());
        }
        return read.values();
    }

    /** Starts a programme page: its first draft, and an address made from its title. */
    public ProgrammePage createProgrammePage(ProgrammePageForm form, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Long> items = publicItems(form.getItemIds(), null, problems);
        List<Long> events = events(form, problems);
        String body = checked(form, form.getBodyHtml(), problems);
        Instant now = clock.instant();
        LibraryItem item = newItem(ResourceKind.PROGRAMME_PAGE, form.getTitle(), editorId, now);
        ProgrammePage draft = new ProgrammePage(item, 1, editorId, now);
        draft.write(form, body, areas(form.getServiceAreaIds()), items, events, editorId, now);
        return opened(item, draft);
    }

    /**
     * Saves the open draft of a programme page.
     *
     * @throws ChangedMeanwhile if someone saved the draft after {@code seenVersion}: nothing is saved
     */
    public ProgrammePage saveProgrammePage(long itemId, ProgrammePageForm form, int seenVersion, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Long> items = publicItems(form.getItemIds(), itemId, problems);
        List<Long> events = events(form, problems);
        String body = checked(form, form.getBodyHtml(), problems);
        LibraryItem item = locked(itemId);
        ProgrammePage draft = (ProgrammePage) openDraftOf(item, seenVersion);
        draft.write(form, body, areas(form.getServiceAreaIds()), items, events, editorId, clock.instant());
        return draft;
    }

    /** The chosen items, each once in the order chosen, if every one is public (and not the page itself). */
    private List<Long> publicItems(List<Long> ids, Long self, Map<String, String> problems) {
        List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty() || distinct.size() > ProgrammePageForm.MAX_ITEMS) {
            return distinct;
        }
        long found = em.createQuery("SELECT COUNT(i) FROM LibraryItem i WHERE i.id IN :ids AND i.liveRevision IS NOT NULL"
                + " AND i.archived = FALSE", Long.class).setParameter("ids", distinct).getSingleResult();
        if (found != distinct.size() || (self != null && distinct.contains(self))) {
            problems.put("itemIds", "Choose library items from the list of public items.");
        }
        return distinct;
    }

    private static List<Long> events(ProgrammePageForm form, Map<String, String> problems) {
        ResourceLines.Read<Long> read = ResourceLines.events(form.getEvents(), ProgrammePageForm.MAX_EVENTS);
        if (!read.ok()) {
            problems.put("events", read.problem());
        }
        return read.values();
    }

    private static List<String> findings(ResearchSummaryForm form, Map<String, String> problems) {
        ResourceLines.Read<String> read = ResourceLines.texts(form.getKeyFindings(), ResearchSummaryForm.MAX_FINDINGS,
                ResearchSummaryForm.MAX_FINDING_LENGTH, "key findings");
        if (!read.ok()) {
            problems.put("keyFindings", read.problem());
        }
        return read.values();
    }

    /** A new item of the kind, its address made from the title (unique within the kind). */
    private LibraryItem newItem(ResourceKind kind, String title, long editorId, Instant now) {
        String slug = Slugs.uniqueSlug(Slugs.slugOf(title), candidate -> slugTaken(kind, candidate));
        LibraryItem item = new LibraryItem(kind, slug, editorId, now);
        em.persist(item);
        em.flush();
        return item;
    }

    /** Stores the first draft and makes it the item's open revision. */
    private <R extends Revision> R opened(LibraryItem item, R draft) {
        em.persist(draft);
        em.flush();
        item.open(draft);
        return draft;
    }

    /**
     * Publishes the new entries of a bibliography file (BibTeX or RIS). The file is read again here,
     * against the entries that exist now: what the preview showed as new but was added meanwhile is
     * a duplicate and is skipped. A file that cannot be read, or holds nothing new, saves nothing.
     *
     * @return the entries published
     * @throws InvalidInputException on {@code file} when nothing can be saved
     */
    public List<BibliographyEntry> importBibliography(String fileContent, long editorId) {
        ImportPreview preview = BibliographyImport.read(fileContent, bibliographyKeys());
        if (!preview.canBeSaved()) {
            throw new InvalidInputException("file", preview.fileProblems().isEmpty()
                    ? "The file holds no new entry: every entry is a duplicate or has a mistake." : String.join(" ", preview.fileProblems()));
        }
        Instant now = clock.instant();
        List<BibliographyEntry> published = new java.util.ArrayList<>();
        for (BibliographicRecord record : preview.newRecords()) {
            String first = record.authors().isEmpty() ? "" : record.authors().get(0).family();
            String slug = Slugs.uniqueSlug(Slugs.slugOf(first + " " + (record.year() == null ? "" : record.year()) + " " + record.title()),
                    candidate -> slugTaken(ResourceKind.BIBLIOGRAPHY_ENTRY, candidate));
            LibraryItem item = new LibraryItem(ResourceKind.BIBLIOGRAPHY_ENTRY, slug, editorId, now);
            em.persist(item);
            em.flush();
            BibliographyEntry entry = new BibliographyEntry(item, 1, editorId, now);
            entry.write(record, editorId, now);
            // an entry states facts checked in the import's preview: it is published as imported
            entry.submit(editorId, now);
            entry.approve(editorId, now);
            em.persist(entry);
            em.flush();
            goLive(item, entry, now);
            published.add(entry);
        }
        return published;
    }

    /** The duplicate keys (DOI; title and year) of every bibliography entry there is. */
    public java.util.Set<String> bibliographyKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        em.createQuery("SELECT b FROM BibliographyEntry b", BibliographyEntry.class).getResultList()
                .forEach(entry -> keys.addAll(BibliographyImport.duplicateKeys(entry.toRecord())));
        return keys;
    }

    /** Opens a new draft of a published item, a copy of what is live; the live page stays as it is. */
    public Revision startDraft(long itemId, long editorId) {
        LibraryItem item = locked(itemId);
        if (item.getOpenRevision() != null) {
            return item.getOpenRevision();
        }
        Revision draft = item.getLiveRevision().copyAsDraft(nextNumber(item), editorId, clock.instant());
        em.persist(draft);
        em.flush();
        item.open(draft);
        return draft;
    }

    public Revision submit(long itemId, int seenVersion, long editorId) {
        LibraryItem item = locked(itemId);
        Revision revision = open(item, seenVersion);
        require(policy().maySubmit(revision));
        revision.submit(editorId, clock.instant());
        return revision;
    }

    /** Returns the open revision to draft: a reviewer's comment is required, a writer withdrawing needs none. */
    public Revision sendBack(long itemId, String comment, long editorId) {
        LibraryItem item = locked(itemId);
        Revision revision = open(item, null);
        require(policy().maySendBack(revision));
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
        LibraryItem item = locked(itemId);
        Revision revision = open(item, null);
        require(policy().mayApprove(revision, reviewerId));
        Instant now = clock.instant();
        boolean later = publishAt != null && publishAt.isAfter(now);
        revision.approve(reviewerId, later ? publishAt : now);
        if (!later) {
            goLive(item, revision, now);
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
            LibraryItem item = locked(revision.getItem().getId());
            em.refresh(revision);
            if (revision.getState() == RevisionState.APPROVED && !revision.getPublishAt().isAfter(now)) {
                goLive(item, revision, now);
                published++;
            }
        }
        return published;
    }

    public LibraryItem archive(long itemId) {
        LibraryItem item = locked(itemId);
        item.archive(clock.instant());
        changed(item);
        return item;
    }

    public LibraryItem unarchive(long itemId) {
        LibraryItem item = locked(itemId);
        item.restoreFromArchive(clock.instant());
        changed(item);
        return item;
    }

    /**
     * Makes an earlier revision's text the new open draft. An open draft that was there is kept in
     * the history as an earlier version; a revision in review or approved must be sent back first.
     */
    public Revision restore(long itemId, int number, long editorId) {
        LibraryItem item = locked(itemId);
        Revision open = item.getOpenRevision();
        if (open != null && open.getState() != RevisionState.DRAFT) {
            throw new InvalidInputException("form", "Send the version in review back to draft before restoring an earlier one.");
        }
        Revision source = revision(item, number);
        Revision draft = source.copyAsDraft(nextNumber(item), editorId, clock.instant());
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
        LibraryItem item = locked(itemId);
        String slug = Slugs.slugOf(wantedSlug == null || wantedSlug.length() > 200 ? "" : wantedSlug);
        if (slug.equals(item.getSlug())) {
            return item;
        }
        if (slugTakenByAnother(item, slug)) {
            throw new InvalidInputException("slug", "Another " + item.getKind().getLabel().toLowerCase() + " has this address already.");
        }
        em.persist(new FormerSlug(item.getKind(), item.getSlug(), item));
        em.createQuery("DELETE FROM FormerSlug f WHERE f.kind = :kind AND f.slug = :slug")
                .setParameter("kind", item.getKind()).setParameter("slug", slug).executeUpdate();
        item.rename(slug);
        changed(item);
        return item;
    }

    EditorialPolicy policy() {
        return new EditorialPolicy(settings.twoPersonReview());
    }

    private void goLive(LibraryItem item, Revision revision, Instant now) {
        revision.publish(now);
        item.goLive(revision, now);
        changed(item);
    }

    /** Tells the search indexes (every node's) that the item's public face changed. */
    private void changed(LibraryItem item) {
        em.persist(new LibraryChange(item.getId(), clock.instant()));
    }

    private String checked(CaseStudyForm form) {
        return checked(form, form.getBodyHtml(), new LinkedHashMap<>());
    }

    /**
     * Checks a form in one pass: its constraints, the problems its kind found already ({@code problems},
     * such as a line that cannot be read) and the rich text; returns the sanitised text.
     *
     * @throws InvalidInputException naming every field with a problem, so nothing is saved
     */
    private String checked(Object form, String bodyHtml, Map<String, String> problems) {
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

    private List<ServiceArea> areas(List<Long> ids) {
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

    private LibraryItem locked(long itemId) {
        LibraryItem item = em.find(LibraryItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new InvalidInputException("form", "This item no longer exists.");
        }
        return item;
    }

    private Revision open(LibraryItem item, Integer seenVersion) {
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

    private Revision openDraftOf(LibraryItem item, int seenVersion) {
        Revision revision = open(item, seenVersion);
        require(policy().mayEdit(revision));
        return revision;
    }

    private Revision revision(LibraryItem item, int number) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.item = :item AND r.number = :number", Revision.class)
                .setParameter("item", item).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("form", "There is no version " + number + " of this item."));
    }

    private int nextNumber(LibraryItem item) {
        Integer last = em.createQuery("SELECT MAX(r.number) FROM Revision r WHERE r.item = :item", Integer.class)
                .setParameter("item", item).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private boolean slugTaken(ResourceKind kind, String slug) {
        return !em.createQuery("SELECT i.id FROM LibraryItem i WHERE i.kind = :kind AND i.slug = :slug", Long.class)
                .setParameter("kind", kind).setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("SELECT f.slug FROM FormerSlug f WHERE f.kind = :kind AND f.slug = :slug", String.class)
                .setParameter("kind", kind).setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    private boolean slugTakenByAnother(LibraryItem item, String slug) {
        return !em.createQuery("SELECT i.id FROM LibraryItem i WHERE i.kind = :kind AND i.slug = :slug AND i <> :item", Long.class)
                .setParameter("kind", item.getKind()).setParameter("slug", slug).setParameter("item", item)
                .setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("SELECT f.slug FROM FormerSlug f WHERE f.kind = :kind AND f.slug = :slug AND f.item <> :item", String.class)
                .setParameter("kind", item.getKind()).setParameter("slug", slug).setParameter("item", item)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private static void require(EditorialVerdict verdict) {
        if (!verdict.allowed()) {
            throw new InvalidInputException("form", verdict.reason());
        }
    }
}
