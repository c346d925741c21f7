package org.civicportal.content;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.Role;
import org.civicportal.decision.DecisionMatrix;
import org.civicportal.decision.Matrices;
import org.civicportal.shared.Caller;

/**
 * The editors' door to the library: editors and administrators only, checked here whatever page
 * calls, and every step is taken in the caller's name (taken from the security context, never from
 * the page). The work is {@link LibraryWriting}'s, {@link LibraryEditing}'s, {@link LibraryFiles}' and {@link EditorsDesk}'s.
 */
@Stateless
@RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
public class LibraryAdministration {

    @Resource
    SessionContext context;

    @Inject
    LibraryEditing editing;

    @Inject
    LibraryWriting writing;

    @Inject
    LibraryFiles files;

    @Inject
    EditorsDesk desk;

    @Inject
    LibraryReading reading;

    @Inject
    Matrices matrices;

    public CaseStudy createCaseStudy(CaseStudyForm form) {
        return writing.createCaseStudy(form, caller());
    }

    public CaseStudy saveCaseStudy(long itemId, CaseStudyForm form, int seenVersion) {
        return writing.saveCaseStudy(itemId, form, seenVersion, caller());
    }

    public ResearchSummary createResearchSummary(ResearchSummaryForm form) {
        return writing.createResearchSummary(form, caller());
    }

    public ResearchSummary saveResearchSummary(long itemId, ResearchSummaryForm form, int seenVersion) {
        return writing.saveResearchSummary(itemId, form, seenVersion, caller());
    }

    public TrainingProgramme createTrainingProgramme(TrainingProgrammeForm form) {
        return writing.createTrainingProgramme(form, caller());
    }

    public TrainingProgramme saveTrainingProgramme(long itemId, TrainingProgrammeForm form, int seenVersion) {
        return writing.saveTrainingProgramme(itemId, form, seenVersion, caller());
    }

    public ProgrammePage createProgrammePage(ProgrammePageForm form) {
        return writing.createProgrammePage(form, caller());
    }

    public ProgrammePage saveProgrammePage(long itemId, ProgrammePageForm form, int seenVersion) {
        return writing.saveProgrammePage(itemId, form, seenVersion, caller());
    }

    /** The matrices a case study may show as a worked example: finalised and shared by their owners. */
    public List<DecisionMatrix> workedExamples() {
        return matrices.workedExamples(200);
    }

    /** The public items an editor may gather on a programme page or relate to a case study, newest first, with their live titles. */
    public List<LibraryItem> publicItems() {
        return reading.newest(500);
    }

    /** What importing the file would do, saving nothing. */
    public ImportPreview previewBibliography(String fileContent) {
        return BibliographyImport.read(fileContent, writing.bibliographyKeys());
    }

    public List<BibliographyEntry> importBibliography(String fileContent) {
        return writing.importBibliography(fileContent, caller());
    }

    public BibliographyEntry createBibliographyEntry(BibliographyEntryForm form) {
        return writing.createBibliographyEntry(form, caller());
    }

    public BibliographyEntry saveBibliographyEntry(long itemId, BibliographyEntryForm form, int seenVersion) {
        return writing.saveBibliographyEntry(itemId, form, seenVersion, caller());
    }

    public Revision startDraft(long itemId) {
        return editing.startDraft(itemId, caller());
    }

    public Revision submit(long itemId, int seenVersion) {
        return editing.submit(itemId, seenVersion, caller());
    }

    public Revision sendBack(long itemId, String comment) {
        return editing.sendBack(itemId, comment, caller());
    }

    public Revision approve(long itemId, Instant publishAt) {
        return editing.approve(itemId, publishAt, caller());
    }

    public LibraryItem archive(long itemId) {
        return editing.archive(itemId);
    }

    public LibraryItem unarchive(long itemId) {
        return editing.unarchive(itemId);
    }

    public Revision restore(long itemId, int number) {
        return editing.restore(itemId, number, caller());
    }

    public LibraryItem rename(long itemId, String slug) {
        return editing.rename(itemId, slug);
    }

    public LibraryFile attach(long itemId, String fileName, byte[] content) {
        return files.attach(itemId, fileName, content, caller());
    }

    public List<LibraryFile> files(long itemId) {
        return files.of(itemId);
    }

    /** What the rules say about each step for the caller, for the page's buttons. */
    public EditorialPolicy policy() {
        return editing.policy();
    }

    public long callerId() {
        return caller();
    }

    public Optional<LibraryItem> item(long itemId) {
        return desk.item(itemId);
    }

    public List<Revision> revisions(long itemId) {
        return desk.revisions(itemId);
    }

    public RevisionComparison compare(long itemId, int older, int newer) {
        return desk.compare(itemId, older, newer);
    }

    public long countWaitingForReview() {
        return desk.countWaitingForReview();
    }

    public EditorsDesk.Overview overview() {
        return desk.overview(caller());
    }

    private long caller() {
        return Caller.accountId(context);
    }
}
