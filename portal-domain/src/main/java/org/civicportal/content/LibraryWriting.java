package org.civicportal.content;

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
import org.civicportal.decision.ChangedMeanwhile;
import org.civicportal.decision.Characteristic;
import org.civicportal.decision.Matrices;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;

/**
 * Writing library items: the first draft of each kind (with an address made from its title) and the
 * saves of an open draft, each form checked in one pass (its constraints, its own lines, the rich
 * text) so that nothing is half-saved; and the bibliography's import. A draft saved over a newer save
 * of another editor is refused, and the editor keeps what they typed.
 */
@ApplicationScoped
@Transactional
public class LibraryWriting {

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryDrafts drafts;

    @Inject
    InputCheck inputCheck;

    @Inject
    Matrices matrices;

    @Inject
    Clock clock;

    /** Starts a case study: its first draft, and an address made from its title. */
    public CaseStudy createCaseStudy(CaseStudyForm form, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Long> related = relatedItems(form, null, problems);
        String body = drafts.checked(form, form.getBodyHtml(), problems);
        Instant now = clock.instant();
        LibraryItem item = drafts.newItem(ResourceKind.CASE_STUDY, form.getTitle(), editorId, now);
        CaseStudy draft = new CaseStudy(item, 1, editorId, now);
        draft.write(form, body, drafts.areas(form.getServiceAreaIds()), related, editorId, now);
        return drafts.opened(item, draft);
    }

    /**
     * Saves the open draft of a case study.
     *
     * @param seenVersion the draft's version when the editor opened it
     * @throws ChangedMeanwhile if someone saved the draft after that: nothing is saved
     */
    public CaseStudy saveCaseStudy(long itemId, CaseStudyForm form, int seenVersion, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Long> related = relatedItems(form, itemId, problems);
        String body = drafts.checked(form, form.getBodyHtml(), problems);
        LibraryItem item = drafts.locked(itemId);
        CaseStudy draft = (CaseStudy) drafts.openDraftOf(item, seenVersion);
        draft.write(form, body, drafts.areas(form.getServiceAreaIds()), related, editorId, clock.instant());
        return draft;
    }

    /**
     * The case study's related resources if each is public, and its worked example if it is a
     * finalised matrix shared with members: a matrix its owner keeps private is never linked.
     */
    private List<Long> relatedItems(CaseStudyForm form, Long self, Map<String, String> problems) {
        List<Long> related = publicItems(form.getRelatedItemIds(), self, "relatedItemIds", problems);
        if (form.getMatrixId() != null && matrices.workedExample(form.getMatrixId()).isEmpty()) {
            problems.put("matrixId", "Choose a matrix from the list of finalised, shared matrices.");
        }
        return related;
    }

    /** Starts a research summary: its first draft (no report yet: the item has no files), and its address. */
    public ResearchSummary createResearchSummary(ResearchSummaryForm form, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> findings = findings(form, problems);
        if (form.getReportFileId() != null) {
            problems.put("reportFileId", "Attach the report on the item's page once the draft is saved, then choose it here.");
        }
        String body = drafts.checked(form, form.getBodyHtml(), problems);
        Instant now = clock.instant();
        LibraryItem item = drafts.newItem(ResourceKind.RESEARCH_SUMMARY, form.getTitle(), editorId, now);
        ResearchSummary draft = new ResearchSummary(item, 1, editorId, now);
        form.setKeyFindingList(findings);
        draft.write(form, body, drafts.areas(form.getServiceAreaIds()), null, editorId, now);
        return drafts.opened(item, draft);
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
        String body = drafts.checked(form, form.getBodyHtml(), problems);
        LibraryItem item = drafts.locked(itemId);
        ResearchSummary draft = (ResearchSummary) drafts.openDraftOf(item, seenVersion);
        form.setKeyFindingList(findings);
        draft.write(form, body, drafts.areas(form.getServiceAreaIds()), report, editorId, clock.instant());
        return draft;
    }

    /** Starts a training programme: its first draft, and an address made from its title. */
    public TrainingProgramme createTrainingProgramme(TrainingProgrammeForm form, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<TrainingDate> dates = dates(form, problems);
        String body = drafts.checked(form, form.getBodyHtml(), problems);
        Instant now = clock.instant();
        LibraryItem item = drafts.newItem(ResourceKind.TRAINING_PROGRAMME, form.getTitle(), editorId, now);
        TrainingProgramme draft = new TrainingProgramme(item, 1, editorId, now);
        draft.write(form, body, drafts.areas(form.getServiceAreaIds()), dates, editorId, now);
        return drafts.opened(item, draft);
    }

    /**
     * Saves the open draft of a training programme.
     *
     * @throws ChangedMeanwhile if someone saved the draft after {@code seenVersion}: nothing is saved
     */
    public TrainingProgramme saveTrainingProgramme(long itemId, TrainingProgrammeForm form, int seenVersion, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<TrainingDate> dates = dates(form, problems);
        String body = drafts.checked(form, form.getBodyHtml(), problems);
        LibraryItem item = drafts.locked(itemId);
        TrainingProgramme draft = (TrainingProgramme) drafts.openDraftOf(item, seenVersion);
        draft.write(form, body, drafts.areas(form.getServiceAreaIds()), dates, editorId, clock.instant());
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
        List<Long> items = publicItems(form.getItemIds(), null, "itemIds", problems);
        List<Long> events = events(form, problems);
        String body = drafts.checked(form, form.getBodyHtml(), problems);
        Instant now = clock.instant();
        LibraryItem item = drafts.newItem(ResourceKind.PROGRAMME_PAGE, form.getTitle(), editorId, now);
        ProgrammePage draft = new ProgrammePage(item, 1, editorId, now);
        draft.write(form, body, drafts.areas(form.getServiceAreaIds()), items, events, editorId, now);
        return drafts.opened(item, draft);
    }

    /**
     * Saves the open draft of a programme page.
     *
     * @throws ChangedMeanwhile if someone saved the draft after {@code seenVersion}: nothing is saved
     */
    public ProgrammePage saveProgrammePage(long itemId, ProgrammePageForm form, int seenVersion, long editorId) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Long> items = publicItems(form.getItemIds(), itemId, "itemIds", problems);
        List<Long> events = events(form, problems);
        String body = drafts.checked(form, form.getBodyHtml(), problems);
        LibraryItem item = drafts.locked(itemId);
        ProgrammePage draft = (ProgrammePage) drafts.openDraftOf(item, seenVersion);
        draft.write(form, body, drafts.areas(form.getServiceAreaIds()), items, events, editorId, clock.instant());
        return draft;
    }

    /**
     * The chosen items, each once in the order chosen, if every one is public (and not the item
     * itself). Too many is the form's own constraint, so it is not read then.
     */
    private List<Long> publicItems(List<Long> ids, Long self, String field, Map<String, String> problems) {
        List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty() || distinct.size() > ProgrammePageForm.MAX_ITEMS) {
            return distinct;
        }
        long found = em.createQuery("SELECT COUNT(i) FROM LibraryItem i WHERE i.id IN :ids AND i.liveRevision IS NOT NULL"
                + " AND i.archived = FALSE", Long.class).setParameter("ids", distinct).getSingleResult();
        if (found != distinct.size() || (self != null && distinct.contains(self))) {
            problems.put(field, "Choose library items from the list of public items.");
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
                    candidate -> drafts.slugTaken(ResourceKind.BIBLIOGRAPHY_ENTRY, candidate));
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
            drafts.goLive(item, entry, now);
            published.add(entry);
        }
        return published;
    }

    /** The duplicate keys (DOI; title and year) of every bibliography entry there is. */
    public java.util.Set<String> bibliographyKeys() {
        return bibliographyKeysExcept(-1);
    }

    /** The duplicate keys of every bibliography entry but the revisions of one item. */
    private java.util.Set<String> bibliographyKeysExcept(long itemId) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        em.createQuery("SELECT b FROM BibliographyEntry b WHERE b.item.id <> :item", BibliographyEntry.class)
                .setParameter("item", itemId).getResultList()
                .forEach(entry -> keys.addAll(BibliographyImport.duplicateKeys(entry.toRecord())));
        return keys;
    }

    /** Starts a bibliography entry written by hand: its first draft, reviewed as any text is. */
    public BibliographyEntry createBibliographyEntry(BibliographyEntryForm form, long editorId) {
        BibliographicRecord record = checkedEntry(form, -1);
        Instant now = clock.instant();
        String first = record.authors().isEmpty() ? "" : record.authors().get(0).family();
        LibraryItem item = drafts.newItem(ResourceKind.BIBLIOGRAPHY_ENTRY,
                first + " " + (record.year() == null ? "" : record.year()) + " " + record.title(), editorId, now);
        BibliographyEntry draft = new BibliographyEntry(item, 1, editorId, now);
        draft.write(record, drafts.areas(form.getServiceAreaIds()), characteristics(form), editorId, now);
        return drafts.opened(item, draft);
    }

    /**
     * Saves the open draft of a bibliography entry.
     *
     * @throws ChangedMeanwhile if someone saved the draft after {@code seenVersion}: nothing is saved
     */
    public BibliographyEntry saveBibliographyEntry(long itemId, BibliographyEntryForm form, int seenVersion, long editorId) {
        BibliographicRecord record = checkedEntry(form, itemId);
        LibraryItem item = drafts.locked(itemId);
        BibliographyEntry draft = (BibliographyEntry) drafts.openDraftOf(item, seenVersion);
        draft.write(record, drafts.areas(form.getServiceAreaIds()), characteristics(form), editorId, clock.instant());
        return draft;
    }

    /** The form's facts, checked as an import checks them, and not another entry's work again. */
    private BibliographicRecord checkedEntry(BibliographyEntryForm form, long itemId) {
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            inputCheck.valid(form);
        } catch (InvalidInputException invalid) {
            problems.putAll(invalid.problems());
        }
        if (problems.isEmpty()) {
            BibliographicRecord record = form.toRecord();
            if (!record.problems().isEmpty()) {
                problems.put("form", String.join(" ", record.problems()));
            }
            if (problems.isEmpty() && BibliographyImport.duplicateKeys(record).stream().anyMatch(bibliographyKeysExcept(itemId)::contains)) {
                problems.put("title", "This work is in the bibliography already (same DOI, or same title and year).");
            }
            if (form.getCharacteristics().stream().anyMatch(name -> characteristic(name) == null)) {
                problems.put("characteristics", "Choose characteristics from the list.");
            }
            if (problems.isEmpty()) {
                return record;
            }
        }
        throw new InvalidInputException(problems);
    }

    private static java.util.Set<Characteristic> characteristics(BibliographyEntryForm form) {
        java.util.Set<Characteristic> chosen = java.util.EnumSet.noneOf(Characteristic.class);
        form.getCharacteristics().stream().map(LibraryWriting::characteristic).filter(java.util.Objects::nonNull).forEach(chosen::add);
        return chosen;
    }

    private static Characteristic characteristic(String name) {
        for (Characteristic c : Characteristic.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
