package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.civicportal.account.Role;
import org.civicportal.events.Audience;
import org.civicportal.events.Event;
import org.civicportal.events.EventKind;
import org.civicportal.events.EventSeeding;
import org.civicportal.events.RegistrationWindow;
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
 * The library's research summaries, training programmes and programme pages inside the portal
 * against MariaDB: refused input saves nothing and names its fields; written, sent for review and
 * approved by a second editor, each shows its own fields on its public page over real HTTP (no
 * session); an edit makes a new version whose comparison shows the change.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryResourcesIT {

    private static final Instant MONDAY_NOON = Instant.parse("2027-03-01T17:00:00Z");

    static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(LibraryResourcesIT.class, CaseStudyForms.class, MovableClock.class, Transactions.class, TestPeople.class);
    }

    // the request that runs this test in the server leads back to the portal (see LibraryIT)
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
    LibraryFiles files;

    @Inject
    EditorsDesk desk;

    @Inject
    EventSeeding events;

    @Inject
    org.civicportal.decision.Matrices matrices;

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
    void aResearchSummaryIsRefusedUntilRightThenReviewedPublishedWithItsReportAndEditedAsANewVersion() throws Exception {
        long before = count("SELECT COUNT(r) FROM ResearchSummary r");
        ResearchSummaryForm wrong = research("");
        wrong.setAuthors(" ");
        wrong.setPublicationDate(null);
        wrong.setKeyFindings("x".repeat(501));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> writing.createResearchSummary(wrong, writer));
        assertEquals(Set.of("title", "authors", "publicationDate", "keyFindings"), refused.problems().keySet(), refused.problems().toString());
        assertTrue(refused.problems().get("keyFindings").contains("500 characters"));
        ResearchSummaryForm tooMany = research("Too many findings " + unique());
        tooMany.setKeyFindings("A finding.\n".repeat(21));
        assertTrue(assertThrows(InvalidInputException.class, () -> writing.createResearchSummary(tooMany, writer))
                .problems().get("keyFindings").contains("at most 20"));
        assertEquals(before, count("SELECT COUNT(r) FROM ResearchSummary r"), "nothing refused is saved");

        String title = "Shared services in small towns " + unique();
        ResearchSummary draft = writing.createResearchSummary(research(title), writer);
        long itemId = draft.getItem().getId();
        LibraryFile report = files.attach(itemId, "full-report.pdf", PDF.getBytes(StandardCharsets.US_ASCII), writer);
        LibraryFile image = files.attach(itemId, "chart.png", png(), writer);
        ResearchSummaryForm withImage = research(title);
        withImage.setReportFileId(image.getId());
        assertEquals(Set.of("reportFileId"), assertThrows(InvalidInputException.class,
                () -> writing.saveResearchSummary(itemId, withImage, draft.getVersion(), writer)).problems().keySet(), "a report is a PDF");
        ResearchSummaryForm withReport = research(title);
        withReport.setReportFileId(report.getId());
        ResearchSummary saved = writing.saveResearchSummary(itemId, withReport, draft.getVersion(), writer);
        assertEquals(report.getId(), saved.getReport().getId());

        editing.submit(itemId, saved.getVersion(), writer);
        editing.approve(itemId, null, reviewer);
        String path = read(() -> em.find(LibraryItem.class, itemId).getPath());
        assertTrue(path.startsWith("library/research/"), path);
        HttpResponse<String> page = get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for a visitor");
        String html = page.body();
        for (String shown : new String[] {title, "Mildred Warner; Germ", "The Example Foundation", "September 15, 2026",
                "Small governments report savings more often.", "Shared dispatch is the most studied service.",
                "<h2>Method</h2>", "Download the full report", "(PDF, " + PDF.length() + " bytes)", "library/research.xhtml\""}) {
            assertTrue(html.contains(shown), shown + " in " + html);
        }
        assertTrue(html.indexOf("Small governments report") < html.indexOf("Shared dispatch is"), "the findings keep their order");
        String reportLink = between(html, "id=\"report-link\" href=\"", "\"");
        assertTrue(reportLink.endsWith(report.getAddress()), reportLink);
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(origin() + reportLink)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(PDF.getBytes(StandardCharsets.US_ASCII), pdf.body());
        HttpResponse<String> list = get("library/research.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(title) && list.body().contains("Mildred Warner"), "listed with its authors");
        assertTrue(list.headers().allValues("Set-Cookie").isEmpty());

        Revision second = editing.startDraft(itemId, writer);
        ResearchSummaryForm edited = ResearchSummaryForm.of((ResearchSummary) second);
        edited.setKeyFindings(edited.getKeyFindings() + "\nJoint purchasing is studied less.");
        ResearchSummary changed = writing.saveResearchSummary(itemId, edited, second.getVersion(), writer);
        assertEquals(2, changed.getNumber());
        assertEquals(3, changed.getKeyFindings().size());
        assertEquals(report.getId(), changed.getReport().getId(), "the new version keeps the report");
        RevisionComparison comparison = desk.compare(itemId, 1, 2);
        assertTrue(comparison.rows().stream().anyMatch(row -> row.changed()
                && row.newerHtml().contains("<ins>Joint purchasing is studied less.</ins>")), comparison.rows().toString());
        assertFalse(get(path).body().contains("Joint purchasing"), "the public page waits for approval");
    }

    @Test
    void aTrainingProgrammeIsRefusedUntilRightThenPublishedWithItsPricesDatesAndEventLinksAndEditedAsANewVersion() throws Exception {
        long before = count("SELECT COUNT(t) FROM TrainingProgramme t");
        TrainingProgrammeForm wrong = training("Wrong training " + unique());
        wrong.setProvider("");
        wrong.setFormat(null);
        wrong.setRegistrationUrl("javascript:alert(1)");
        wrong.setUpcomingDates("2027-04-14\n14/04/2027");
        wrong.setMemberPrice(new BigDecimal("-1"));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> writing.createTrainingProgramme(wrong, writer));
        assertEquals(Set.of("provider", "format", "registrationUrl", "upcomingDates", "memberPrice"), refused.problems().keySet(),
                refused.problems().toString());
        assertTrue(refused.problems().get("upcomingDates").contains("line 2"), refused.problems().get("upcomingDates"));
        assertEquals(before, count("SELECT COUNT(t) FROM TrainingProgramme t"), "nothing refused is saved");

        long eventId = events.save(event("Opening webinar " + unique())).getId();
        String title = "Partnership governance " + unique();
        TrainingProgrammeForm form = training(title);
        form.setUpcomingDates("2027-09-08\n2027-04-14 event " + eventId + "\n2027-05-01 event 999999999");
        TrainingProgramme draft = writing.createTrainingProgramme(form, writer);
        assertEquals(List.of(LocalDate.of(2027, 4, 14), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 9, 8)),
                draft.getUpcomingDates().stream().map(TrainingDate::getDate).toList(), "dates in order");
        long itemId = draft.getItem().getId();
        editing.submit(itemId, draft.getVersion(), writer);
        editing.approve(itemId, null, reviewer);

        String path = read(() -> em.find(LibraryItem.class, itemId).getPath());
        assertTrue(path.startsWith("library/training/"), path);
        HttpResponse<String> page = get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for a visitor");
        String html = page.body();
        for (String shown : new String[] {title, "Example Training Institute", "In person", "3 days", "Members: free",
                "non-members: USD 450", "Wednesday, April 14, 2027", "Wednesday, September 8, 2027",
                "events/event.xhtml?id=" + eventId + "\"", "href=\"https://training.example.org/governance\"", "library/training.xhtml\""}) {
            assertTrue(html.contains(shown), shown + " in " + html);
        }
        assertFalse(html.contains("event.xhtml?id=999999999"), "no link to an event that is not there");
        HttpResponse<String> list = get("library/training.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(title) && list.body().contains("Example Training Institute"), "listed with its provider");
        assertTrue(list.headers().allValues("Set-Cookie").isEmpty());

        Revision second = editing.startDraft(itemId, writer);
        TrainingProgrammeForm edited = TrainingProgrammeForm.of((TrainingProgramme) second);
        assertEquals("2027-04-14 event " + eventId + "\n2027-05-01 event 999999999\n2027-09-08", edited.getUpcomingDates());
        edited.setDuration("4 days");
        TrainingProgramme changed = writing.saveTrainingProgramme(itemId, edited, second.getVersion(), writer);
        assertEquals(2, changed.getNumber());
        assertEquals(3, changed.getUpcomingDates().size(), "the new version keeps the dates");
        assertTrue(desk.compare(itemId, 1, 2).rows().stream().anyMatch(row -> row.changed() && row.field().equals("Duration")
                && row.newerHtml().contains("<ins>4</ins>")), desk.compare(itemId, 1, 2).rows().toString());
        assertTrue(get(path).body().contains("3 days"), "the public page waits for approval");
    }

    @Test
    void aProgrammePageGathersPublicItemsToolsAndEventsIsShownOnTheHomePageAndEditedAsANewVersion() throws Exception {
        ResearchSummary research = writing.createResearchSummary(research("Programme research " + unique()), writer);
        long researchId = publish(research.getItem().getId(), research.getVersion());
        TrainingProgramme training = writing.createTrainingProgramme(training("Programme training " + unique()), writer);
        long trainingId = publish(training.getItem().getId(), training.getVersion());
        long draftOnly = writing.createResearchSummary(research("Unpublished research " + unique()), writer).getItem().getId();
        long eventId = events.save(event("Programme webinar " + unique())).getId();

        long before = count("SELECT COUNT(p) FROM ProgrammePage p");
        ProgrammePageForm wrong = programme("");
        wrong.setItemIds(List.of(researchId, draftOnly));
        wrong.setEvents("event 3\nevnt 4");
        wrong.setSponsorAcknowledgement("x".repeat(1001));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> writing.createProgrammePage(wrong, writer));
        assertEquals(Set.of("title", "itemIds", "events", "sponsorAcknowledgement"), refused.problems().keySet(), refused.problems().toString());
        assertEquals(before, count("SELECT COUNT(p) FROM ProgrammePage p"), "nothing refused is saved");

        String title = "Collaborative Service Delivery Program " + unique();
        ProgrammePageForm form = programme(title);
        form.setItemIds(List.of(trainingId, researchId, trainingId));
        form.setEvents("event " + eventId + "\nevent 999999999");
        ProgrammePage draft = writing.createProgrammePage(form, writer);
        assertEquals(List.of(trainingId, researchId), draft.getItemIds(), "each item once, in the order chosen");
        long itemId = publish(draft.getItem().getId(), draft.getVersion());

        String path = read(() -> em.find(LibraryItem.class, itemId).getPath());
        assertTrue(path.startsWith("library/programmes/"), path);
        HttpResponse<String> page = get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for a visitor");
        String html = page.body();
        String researchPath = read(() -> em.find(LibraryItem.class, researchId).getPath());
        String trainingPath = read(() -> em.find(LibraryItem.class, trainingId).getPath());
        for (String shown : new String[] {title, research.getTitle(), training.getTitle(), researchPath + "\"", trainingPath + "\"",
                "decision/index.xhtml\"", "events/events.xhtml\"", "library/bibliography.xhtml\"",
                "events/event.xhtml?id=" + eventId + "\"", "Programme webinar", "Example University", "the Example Foundation",
                "<h2>About</h2>"}) {
            assertTrue(html.contains(shown), shown + " in " + html);
        }
        assertTrue(html.indexOf(training.getTitle()) < html.indexOf(research.getTitle()), "in the editor's order");
        // the items it shows change without it, so it never carries its item's version as a (weak) tag; the
        // page cache's tag is a digest of the page as drawn, which changes exactly when the page does
        assertFalse(page.headers().firstValue("ETag").orElse("").startsWith("W/"), "not the item's version");
        assertFalse(html.contains("event.xhtml?id=999999999"), "no link to an event that is not there");

        String firstProgramme = read(() -> em.createQuery("SELECT i FROM LibraryItem i WHERE i.kind = :kind AND i.liveRevision IS NOT NULL"
                + " AND i.archived = FALSE ORDER BY i.publishedAt, i.id", LibraryItem.class).setParameter("kind", ResourceKind.PROGRAMME_PAGE)
                .setMaxResults(1).getSingleResult().getPath());
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().allValues("Set-Cookie").isEmpty(), "the home page makes no session");
        assertTrue(home.body().contains("id=\"home-programme\" href=\"" + runnerRequest.getContextPath() + "/" + firstProgramme + "\""), home.body());
        assertTrue(home.body().contains("library/index.xhtml\""), "the card keeps its link to the library");

        Revision second = editing.startDraft(itemId, writer);
        ProgrammePageForm edited = ProgrammePageForm.of((ProgrammePage) second);
        assertEquals("event " + eventId + "\nevent 999999999", edited.getEvents());
        edited.setSponsorAcknowledgement("With thanks to the Example Trust.");
        ProgrammePage changed = writing.saveProgrammePage(itemId, edited, second.getVersion(), writer);
        assertEquals(List.of(trainingId, researchId), changed.getItemIds(), "the new version keeps the items");
        assertTrue(desk.compare(itemId, 1, 2).rows().stream().anyMatch(row -> row.changed() && row.field().equals("Sponsor acknowledgement")
                && row.newerHtml().contains("<ins>")), desk.compare(itemId, 1, 2).rows().toString());
        assertFalse(get(path).body().contains("Example Trust"), "the public page waits for approval");
    }

    @Test
    void aCaseStudyListsItsRelatedResourcesAndAWorkedExampleOnlyWhileItsMatrixIsFinalisedAndShared() throws Exception {
        ResearchSummary research = writing.createResearchSummary(research("Related research " + unique()), writer);
        long researchId = publish(research.getItem().getId(), research.getVersion());
        long draftOnly = writing.createResearchSummary(research("Unpublished research " + unique()), writer).getItem().getId();
        long owner = people.person("Morgan Matrixowner", Set.of(Role.MEMBER), true);
        long privateMatrix = matrices.create(owner, "Shared dispatch, kept private " + unique(), null).getId();
        matrices.finalise(owner, privateMatrix);
        long openMatrix = matrices.create(owner, "Shared dispatch, still open " + unique(), null).getId();
        matrices.share(owner, openMatrix, true);
        String exampleTitle = "Shared dispatch for two counties " + unique();
        long example = matrices.create(owner, exampleTitle, null).getId();
        matrices.share(owner, example, true);
        matrices.finalise(owner, example);
        assertTrue(workedExamples().stream().anyMatch(m -> m.getId() == example), "offered to editors");
        assertTrue(workedExamples().stream().noneMatch(m -> m.getId() == privateMatrix || m.getId() == openMatrix),
                "a private or unfinished matrix is not offered");

        long before = count("SELECT COUNT(c) FROM CaseStudy c");
        for (long notAnExample : new long[] {privateMatrix, openMatrix, 999_999_999L}) {
            CaseStudyForm wrong = CaseStudyForms.valid("Linked case " + unique());
            wrong.setRelatedItemIds(List.of(researchId, draftOnly));
            wrong.setMatrixId(notAnExample);
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> writing.createCaseStudy(wrong, writer));
            assertEquals(Set.of("relatedItemIds", "matrixId"), refused.problems().keySet(), refused.problems().toString());
        }
        CaseStudyForm tooMany = CaseStudyForms.valid("Linked case " + unique());
        tooMany.setRelatedItemIds(java.util.stream.LongStream.rangeClosed(1, 11).boxed().toList());
        assertEquals(Set.of("relatedItemIds"), assertThrows(InvalidInputException.class,
                () -> writing.createCaseStudy(tooMany, writer)).problems().keySet());
        assertEquals(before, count("SELECT COUNT(c) FROM CaseStudy c"), "nothing refused is saved");

        CaseStudy earlier = writing.createCaseStudy(CaseStudyForms.valid("Earlier case " + unique()), writer);
        long earlierId = publish(earlier.getItem().getId(), earlier.getVersion());
        CaseStudyForm form = CaseStudyForms.valid("Linked case " + unique());
        form.setRelatedItemIds(List.of(earlierId, researchId, earlierId));
        form.setMatrixId(example);
        CaseStudy draft = writing.createCaseStudy(form, writer);
        assertEquals(List.of(earlierId, researchId), draft.getRelatedItemIds(), "each item once, in the order chosen");
        long itemId = publish(draft.getItem().getId(), draft.getVersion());

        String path = read(() -> em.find(LibraryItem.class, itemId).getPath());
        HttpResponse<String> page = get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for a visitor");
        String html = page.body();
        String researchPath = read(() -> em.find(LibraryItem.class, researchId).getPath());
        String earlierPath = read(() -> em.find(LibraryItem.class, earlierId).getPath());
        String related = between(html, "id=\"related\"", "</ul>");
        assertTrue(related.indexOf(earlierPath + "\"") < related.indexOf(researchPath + "\"") && related.contains(earlierPath + "\""), related);
        assertTrue(html.contains("decision/results.xhtml?id=" + example + "\""), html);
        assertTrue(html.contains(exampleTitle), "the matrix is named by its title");
        String tag = page.headers().firstValue("ETag").orElseThrow();
        assertTrue(page.headers().firstValue("Last-Modified").isEmpty(), "a matrix's sharing has no date: the tag alone says");
        assertEquals(304, ifNoneMatch(path, tag).statusCode(), "nothing changed: not drawn again");

        Revision second = editing.startDraft(itemId, writer);
        assertEquals(List.of(earlierId, researchId), ((CaseStudy) second).getRelatedItemIds(), "a new version keeps the links");
        assertEquals(example, ((CaseStudy) second).getMatrixId());

        // the owner stops sharing: the case study no longer points to a matrix members cannot open
        matrices.share(owner, example, false);
        assertEquals(200, ifNoneMatch(path, tag).statusCode(), "the visitor's copy still links to it: drawn again");
        String afterwards = get(path).body();
        assertFalse(afterwards.contains("decision/results.xhtml?id=" + example), "no link to a matrix no longer shared");
        assertFalse(afterwards.contains(exampleTitle), "nor its title");
        assertTrue(afterwards.contains(researchPath + "\""), "the related resources stay");
        String untouched = get(path).headers().firstValue("ETag").orElseThrow();
        ResearchSummary other = writing.createResearchSummary(research("Unrelated research " + unique()), writer);
        publish(other.getItem().getId(), other.getVersion());
        assertEquals(200, ifNoneMatch(path, untouched).statusCode(), "a related item may have changed: drawn again");
    }

    private List<org.civicportal.decision.DecisionMatrix> workedExamples() {
        return matrices.workedExamples(200);
    }

    private long publish(long itemId, int version) {
        editing.submit(itemId, version, writer);
        editing.approve(itemId, null, reviewer);
        return itemId;
    }

    static ProgrammePageForm programme(String title) {
        ProgrammePageForm form = new ProgrammePageForm();
        form.setTitle(title);
        form.setSummary("Everything the association offers on delivering services together.");
        form.setBodyHtml("<h2>About</h2><p>Research, training and events in one place.</p>");
        form.setPartnerOrganisations("Example University Center for Local Government");
        form.setSponsorAcknowledgement("Supported by the Example Foundation.");
        return form;
    }

    static TrainingProgrammeForm training(String title) {
        TrainingProgrammeForm form = new TrainingProgrammeForm();
        form.setTitle(title);
        form.setSummary("Three days on running a partnership between governments.");
        form.setBodyHtml("<h2>Programme</h2><p>Cases, exercises and a visit.</p>");
        form.setProvider("Example Training Institute");
        form.setFormat(TrainingFormat.IN_PERSON);
        form.setDuration("3 days");
        form.setNonMemberPrice(new BigDecimal("450"));
        form.setCredits(new BigDecimal("12"));
        form.setRegistrationUrl("https://training.example.org/governance");
        return form;
    }

    static Event event(String title) {
        Instant startsAt = Instant.parse("2027-04-14T14:00:00Z");
        return new Event(EventKind.WEBINAR, title, "A webinar.", "A Speaker", startsAt, ZoneId.of("America/New_York"),
                Duration.ofMinutes(60), Audience.EVERYONE, 100,
                new RegistrationWindow(MONDAY_NOON.minus(Duration.ofDays(1)), startsAt.minus(Duration.ofHours(1))), MONDAY_NOON);
    }

    static ResearchSummaryForm research(String title) {
        ResearchSummaryForm form = new ResearchSummaryForm();
        form.setTitle(title);
        form.setSummary("What studies of shared services in small towns report.");
        form.setBodyHtml("<h2>Method</h2><p>A review of published studies.</p>");
        form.setAuthors("Mildred Warner; Germà Bel");
        form.setPartnerOrganisations("The Example Foundation");
        form.setPublicationDate(LocalDate.of(2026, 9, 15));
        form.setKeyFindings("Small governments report savings more often.\n\n  Shared dispatch is the most studied service.  ");
        return form;
    }

    private static byte[] png() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, start + " in " + text);
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private long count(String jpql) throws Exception {
        return read(() -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private String origin() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort();
    }

    private String base() {
        return origin() + runnerRequest.getContextPath() + "/";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> ifNoneMatch(String path, String tag) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("If-None-Match", tag).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }
}
