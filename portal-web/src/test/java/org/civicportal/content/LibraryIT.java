package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.civicportal.account.Role;
import org.civicportal.decision.ChangedMeanwhile;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.TestPeople;
import org.civicportal.testing.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The library inside the portal against MariaDB: the editorial workflow with two editors (review,
 * send back, a scheduled time honoured to the minute and once), a live item edited without the
 * public page changing, version conflicts, restore and comparison, renamed addresses, sanitised
 * text, and the public pages over real HTTP (no session, 304, members-only text, 301, 404).
 */
@ExtendWith(ArquillianExtension.class)
class LibraryIT {

    private static final Instant MONDAY_NOON = Instant.parse("2027-03-01T17:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(LibraryIT.class, CaseStudyForms.class, MovableClock.class, Transactions.class, TestPeople.class);
    }

    // the request that runs this test in the server: its port and context path lead back to the portal
    // (an injected @ArquillianResource URL would be looked up through the test client, which our filters refuse)
    @Inject
    HttpServletRequest runnerRequest;

    @Inject
    MovableClock clock;

    @Inject
    TestPeople people;

    @Inject
    LibraryEditing editing;

    @Inject
    LibraryWriting writing;

    @Inject
    LibraryReading reading;

    @Inject
    EditorsDesk desk;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private long writer;
    private long reviewer;

    @BeforeEach
    void editors() {
        clock.setInstant(MONDAY_NOON);
        writer = people.person("Wren Writer", Set.of(Role.EDITOR), false);
        reviewer = people.person("Rowan Reviewer", Set.of(Role.EDITOR), false);
    }

    @Test
    void aCaseStudyIsReviewedSentBackApprovedForATimeAndGoesLiveAtThatMinuteOnce() throws Exception {
        CaseStudy draft = writing.createCaseStudy(form("Two counties share 911 dispatch " + unique()), writer);
        long itemId = draft.getItem().getId();
        String slug = draft.getItem().getSlug();
        assertTrue(reading.find(ResourceKind.CASE_STUDY, slug).isEmpty(), "a draft is not public");

        editing.submit(itemId, draft.getVersion(), writer);
        InvalidInputException own = assertThrows(InvalidInputException.class, () -> editing.approve(itemId, null, writer));
        assertEquals("Another editor must approve this: you wrote it or sent it for review, and two-person review is on.", own.getMessage());
        InvalidInputException silent = assertThrows(InvalidInputException.class, () -> editing.sendBack(itemId, "  ", reviewer));
        assertEquals("Say what should change, so the writer knows what to do.", silent.problems().get("comment"));
        Revision sentBack = editing.sendBack(itemId, "Add the annual savings.", reviewer);
        assertEquals(RevisionState.DRAFT, sentBack.getState());
        assertEquals("Add the annual savings.", sentBack.getReviewComment());

        CaseStudyForm better = form(draft.getTitle());
        better.setAnnualSavings(new BigDecimal("310000"));
        CaseStudy saved = writing.saveCaseStudy(itemId, better, sentBack.getVersion(), writer);
        editing.submit(itemId, saved.getVersion(), writer);
        Instant nineTomorrow = Instant.parse("2027-03-02T14:00:00Z"); // 09:00 in New York
        Revision approved = editing.approve(itemId, nineTomorrow, reviewer);
        assertEquals(RevisionState.APPROVED, approved.getState());
        assertTrue(desk.overview(writer).scheduled().stream().anyMatch(r -> r.getItem().getId() == itemId));

        clock.setInstant(nineTomorrow.minusSeconds(60));
        editing.publishDue();
        assertTrue(reading.find(ResourceKind.CASE_STUDY, slug).isEmpty(), "a minute early: still not public");

        clock.setInstant(nineTomorrow);
        editing.publishDue();
        editing.publishDue();
        LibraryReading.Found live = reading.find(ResourceKind.CASE_STUDY, slug).orElseThrow();
        assertEquals(nineTomorrow, live.item().getPublishedAt());
        assertEquals(0, new BigDecimal("310000").compareTo(((CaseStudy) live.live()).getAnnualSavings()));
        assertEquals(1L, read(() -> em.createQuery("SELECT COUNT(c) FROM LibraryChange c WHERE c.itemId = :id", Long.class)
                .setParameter("id", itemId).getSingleResult()), "published once, told to search once");
    }

    @Test
    void anEditWhileLiveLeavesThePublicTextUntilApprovedAndEveryVersionIsKept() throws Exception {
        long itemId = published("Shared fleet maintenance " + unique());
        String slug = read(() -> em.find(LibraryItem.class, itemId).getSlug());
        String liveTitle = reading.find(ResourceKind.CASE_STUDY, slug).orElseThrow().live().getTitle();

        Revision draft = editing.startDraft(itemId, writer);
        assertEquals(2, draft.getNumber());
        CaseStudy changed = writing.saveCaseStudy(itemId, form("Shared fleet maintenance for three towns"), draft.getVersion(), writer);
        assertEquals(liveTitle, reading.find(ResourceKind.CASE_STUDY, slug).orElseThrow().live().getTitle(), "the public text is unchanged");

        // a second editor saving over the newer save is told, and nothing of theirs is written
        ChangedMeanwhile conflict = assertThrows(ChangedMeanwhile.class,
                () -> writing.saveCaseStudy(itemId, form("Another title"), draft.getVersion(), reviewer));
        assertTrue(conflict.getMessage().contains("Another editor changed this version"), conflict.getMessage());
        assertEquals("Shared fleet maintenance for three towns", read(() -> em.find(Revision.class, changed.getId()).getTitle()));

        editing.submit(itemId, changed.getVersion(), writer);
        editing.approve(itemId, null, reviewer);
        assertEquals("Shared fleet maintenance for three towns", reading.find(ResourceKind.CASE_STUDY, slug).orElseThrow().live().getTitle());
        List<Revision> versions = desk.revisions(itemId);
        assertEquals(List.of(RevisionState.PUBLISHED, RevisionState.SUPERSEDED), versions.stream().map(Revision::getState).toList());

        RevisionComparison comparison = desk.compare(itemId, 1, 2);
        assertTrue(comparison.rows().stream().anyMatch(row -> row.changed() && row.newerHtml().contains("<ins>")), "the change is marked");

        Revision restored = editing.restore(itemId, 1, writer);
        assertEquals(3, restored.getNumber());
        assertEquals(Integer.valueOf(1), restored.getRestoredFrom());
        assertEquals(liveTitle, restored.getTitle());
        assertEquals(RevisionState.DRAFT, restored.getState());
    }

    @Test
    void theTextIsSanitisedAtSaveAndImagesNeedATextAlternativeAndOurOwnAddress() {
        CaseStudyForm form = form("Joint purchasing " + unique());
        form.setBodyHtml("<h1>Results</h1><p onclick=\"steal()\">Saved <b>12 %</b>.<script>alert(1)</script></p>"
                + "<p><a href=\"javascript:alert(1)\">bad</a> <a href=\"https://example.org/report\">report</a></p>");
        CaseStudy saved = writing.createCaseStudy(form, writer);
        String body = saved.getBodyHtml();
        assertFalse(body.contains("script") || body.contains("onclick") || body.contains("javascript:"), body);
        assertTrue(body.contains("<h2>Results</h2>") && body.contains("<b>12 %</b>"), body);
        assertTrue(body.contains("rel=\"noopener noreferrer\""), body);

        CaseStudyForm withImages = form("Joint purchasing images " + unique());
        withImages.setBodyHtml("<p><img src=\"/library/files/1/chart.png\"></p><p><img src=\"https://tracker.example.com/x.png\" alt=\"x\"></p>");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> writing.createCaseStudy(withImages, writer));
        assertTrue(refused.problems().get("bodyHtml").contains("alt"), refused.problems().toString());
    }

    @Test
    void theSameTitleGetsItsOwnAddressAndARenamedItemAnswersAtItsOldAddressWith301() throws Exception {
        String title = "Consolidated library services " + unique();
        long first = published(title);
        long second = published(title);
        String firstSlug = read(() -> em.find(LibraryItem.class, first).getSlug());
        String secondSlug = read(() -> em.find(LibraryItem.class, second).getSlug());
        assertEquals(firstSlug + "-2", secondSlug);

        editing.rename(first, "Library consolidation " + firstSlug);
        String newSlug = read(() -> em.find(LibraryItem.class, first).getSlug());
        HttpResponse<String> moved = get("library/case-studies/" + firstSlug);
        assertEquals(301, moved.statusCode());
        assertTrue(moved.headers().firstValue("Location").orElse("").endsWith("/library/case-studies/" + newSlug),
                moved.headers().firstValue("Location").orElse(""));
        assertEquals(200, get("library/case-studies/" + newSlug).statusCode());
    }

    @Test
    void publicPagesShowLiveTextWithoutASessionAnswer304AndKeepMembersOnlyTextForMembers() throws Exception {
        CaseStudyForm members = form("Regional water authority " + unique());
        members.setAccess(Access.MEMBERS);
        members.setBodyHtml("<p>The confidential figures of the water authority.</p>");
        long itemId = publish(writing.createCaseStudy(members, writer));
        String path = read(() -> em.find(LibraryItem.class, itemId).getPath());

        HttpResponse<String> page = get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for a visitor");
        assertTrue(page.body().contains("Regional water authority"), "title and summary are public");
        assertTrue(page.body().contains("id=\"members-only\""));
        assertFalse(page.body().contains("confidential figures"), "the members-only text is not sent to a visitor");
        assertTrue(page.body().contains("<meta name=\"description\""));

        String lastModified = page.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("If-Modified-Since", lastModified).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        String tag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("If-None-Match", tag).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        // archived and shown again within the same second: the date cannot tell, the entity tag does
        editing.archive(itemId);
        editing.unarchive(itemId);
        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("If-None-Match", tag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, changed.statusCode(), "a changed item is sent again");
        assertFalse(tag.equals(changed.headers().firstValue("ETag").orElse(tag)));

        for (String missing : List.of("library/case-studies/no-such-study", "library/case-studies/UPPER", "library/novels/x",
                "library/case-studies/" + "a".repeat(200), "library/item.xhtml")) {
            assertEquals(404, get(missing).statusCode(), missing);
        }
        long draftOnly = writing.createCaseStudy(form("Unpublished draft " + unique()), writer).getItem().getId();
        assertEquals(404, get(read(() -> em.find(LibraryItem.class, draftOnly).getPath())).statusCode(), "drafts are not public");

        HttpResponse<String> list = get("library/case-studies.xhtml?partner=INTERGOVERNMENTAL&size=FROM_10K");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Regional water authority"), "found by its partner type and population band");
        assertFalse(get("library/case-studies.xhtml?size=FROM_250K&state=OR").body().contains("Regional water authority"));
        assertTrue(get("library/case-studies.xhtml?partner=%3Cscript%3E&size=" + "x".repeat(300)).statusCode() == 200);
    }

    @Inject
    LibraryFiles files;

    @Inject
    LibrarySearch search;

    @Test
    void aBibliographyEntryWrittenByHandIsCheckedAsAnImportIsThenReviewedAndShowsWhatItInforms() throws Exception {
        String key = unique();
        BibliographyEntryForm empty = new BibliographyEntryForm();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> writing.createBibliographyEntry(empty, writer));
        assertTrue(refused.problems().keySet().containsAll(List.of("authors", "title")), refused.problems().toString());

        BibliographyEntryForm form = new BibliographyEntryForm();
        form.setType(BibliographyType.ARTICLE);
        form.setAuthors("Bel, Germà\nWarner, Mildred E.");
        form.setYear(2016);
        form.setTitle("Factors explaining inter-municipal cooperation " + key);
        form.setContainer("Journal of Economic Policy Reform");
        form.setUrl("javascript:alert(1)");
        form.setCharacteristics(List.of("FISCAL_HEALTH", "NOT_A_CHARACTERISTIC"));
        InvalidInputException checked = assertThrows(InvalidInputException.class, () -> writing.createBibliographyEntry(form, writer));
        assertTrue(checked.problems().get("form").contains("web address"), checked.problems().toString());

        form.setUrl("https://example.org/ipc-" + key);
        form.setCharacteristics(List.of("FISCAL_HEALTH", "PUBLIC_PARTNERS"));
        BibliographyEntry draft = writing.createBibliographyEntry(form, writer);
        long itemId = draft.getItem().getId();
        assertEquals(RevisionState.DRAFT, draft.getState(), "written by hand, it goes through review");
        assertTrue(draft.getCitationApa().startsWith("Bel, G., & Warner, M. E. (2016). Factors explaining inter-municipal cooperation "
                + key + ". Journal of Economic Policy Reform"), draft.getCitationApa());

        BibliographyEntryForm again = new BibliographyEntryForm();
        again.setAuthors("Someone, Else");
        again.setYear(2016);
        again.setTitle("Factors Explaining Inter-Municipal Cooperation " + key.toUpperCase(java.util.Locale.ROOT));
        InvalidInputException duplicate = assertThrows(InvalidInputException.class, () -> writing.createBibliographyEntry(again, writer));
        assertEquals("This work is in the bibliography already (same DOI, or same title and year).", duplicate.problems().get("title"));

        form.setPages("1-20");
        writing.saveBibliographyEntry(itemId, form, draft.getVersion(), writer);
        editing.submit(itemId, read(() -> em.find(LibraryItem.class, itemId).getOpenRevision().getVersion()), writer);
        editing.approve(itemId, null, reviewer);
        String page = get(read(() -> em.find(LibraryItem.class, itemId).getPath())).body();
        assertTrue(page.contains("id=\"informs\"") && page.contains("Fiscal and economic health"), "it names the characteristics it informs");
    }

    @Test
    void theTextOfAnAttachedReportIsFoundBySearch() throws Exception {
        long itemId = published("Shared assessment office " + unique());
        String word = "Quorvane" + unique().replaceAll("[^a-z]", "");
        files.attach(itemId, "report.pdf", pdf("The " + word + " review of the assessment office"), writer);
        search.catchUp();
        SearchResults found = search.search(new SearchRequest(word, false, java.util.Map.of(), 1, 10));
        assertEquals(1, found.total(), "the report's words find its item");
        assertEquals(read(() -> em.find(LibraryItem.class, itemId).getPath()), found.hits().get(0).url());
    }

    private static byte[] pdf(String text) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aBibliographyFileIsPreviewedThenImportedOnceAndListedExportedAndCited() throws Exception {
        String key = unique();
        String file = "@article{good" + key + ",\n  author = {Brown, Trevor L. and Potoski, Matthew},\n  title = {Transaction costs " + key + "},\n"
                + "  journal = {Journal of Public Administration Research and Theory},\n  year = {2003},\n  volume = {13},\n"
                + "  number = {4},\n  pages = {441--468},\n  doi = {10.5555/test." + key + "}\n}\n\n"
                + "@article{again" + key + ",\n  author = {Brown, Trevor L.},\n  title = {Transaction costs " + key + "},\n"
                + "  journal = {Elsewhere},\n  year = {2003}\n}\n\n"
                + "@book{broken" + key + ",\n  author = {Nobody},\n  publisher = {Nowhere}\n}\n";
        ImportPreview preview = BibliographyImport.read(file, writing.bibliographyKeys());
        assertEquals(1, preview.count(ImportStatus.NEW));
        assertEquals(1, preview.count(ImportStatus.DUPLICATE), "same title and year within the file");
        assertEquals(1, preview.count(ImportStatus.MALFORMED));
        assertEquals(19, preview.records().get(2).line(), "mistakes are reported at their line");

        List<BibliographyEntry> imported = writing.importBibliography(file, writer);
        assertEquals(1, imported.size());
        BibliographyEntry entry = imported.get(0);
        assertEquals("Brown, T. L., & Potoski, M. (2003). Transaction costs " + key
                + ". Journal of Public Administration Research and Theory, 13(4), 441\u2013468. https://doi.org/10.5555/test." + key,
                entry.getCitationApa());
        InvalidInputException again = assertThrows(InvalidInputException.class, () -> writing.importBibliography(file, writer));
        assertTrue(again.problems().get("file").contains("no new entry"), again.problems().toString());

        String list = get("library/bibliography.xhtml?page=1").body();
        assertTrue(reading.countBibliography() >= 1);
        String path = read(() -> em.find(LibraryItem.class, entry.getItem().getId()).getPath());
        HttpResponse<String> page = get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"citation-apa\""), "the entry's page offers its citations");
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty());

        HttpResponse<String> ris = get("library/export?format=ris");
        assertEquals(200, ris.statusCode());
        assertTrue(ris.headers().firstValue("Content-Disposition").orElse("").contains("bibliography.ris"));
        ImportPreview readBack = BibliographyImport.read(ris.body(), Set.of());
        assertTrue(readBack.newRecords().stream().anyMatch(r -> r.title().equals("Transaction costs " + key) && r.authors().size() == 2
                && "10.5555/test.".concat(key).equals(r.doi())), "the export reads back with its authors and DOI");
        assertEquals(404, get("library/export?format=docx").statusCode());
        String chosen = get("library/export?format=bibtex&item=" + entry.getItem().getId() + "&item=not-a-number").body();
        assertEquals(1, BibliographyImport.read(chosen, Set.of()).records().size(), "only the ticked entry: " + chosen);
        assertTrue(list.contains("Transaction costs") || reading.countBibliography() > 50, "listed");
    }

    private long published(String title) {
        return publish(writing.createCaseStudy(form(title), writer));
    }

    private long publish(CaseStudy draft) {
        long itemId = draft.getItem().getId();
        editing.submit(itemId, draft.getVersion(), writer);
        editing.approve(itemId, null, reviewer);
        return itemId;
    }

    static CaseStudyForm form(String title) {
        return CaseStudyForms.valid(title);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }
}
