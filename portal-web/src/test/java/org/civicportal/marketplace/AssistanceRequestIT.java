package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicportal.account.Account;
import org.civicportal.account.Jurisdiction;
import org.civicportal.account.Role;
import org.civicportal.content.PartnerType;
import org.civicportal.decision.ChangedMeanwhile;
import org.civicportal.decision.Characteristic;
import org.civicportal.decision.Matrices;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.mail.OutboundMail;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.testing.HttpLogIn;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.SqlStatementCounter;
import org.civicportal.testing.TestPeople;
import org.civicportal.testing.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Requests for technical assistance inside the portal against MariaDB: bad input refused with the
 * fields named and nothing saved; the limits (five providers, active providers only, requests a
 * day); a provider reading, asking, declining and proposing with every mail written; nothing after
 * closing; the reminder after five working days, once, over a weekend; closing with a choice and
 * feedback; what administrators read and export. Mail is read from the outbox the portal writes in
 * the same transaction (what GreenMail then receives is the journey's part).
 * <p>
 * The {@code refuses…} tests try every action that carries a request's, a provider's or a file's
 * id as someone it is not for: another provider, another member, and nobody logged in; at the
 * services and over HTTP. Every one is refused as "not found" (or sent to log in), and nothing
 * changes: not a state, not a read time, not a version. They share
 * {@link #aRequestToAlphaWithAFileAndAProposal()}.
 */
@ExtendWith(ArquillianExtension.class)
class AssistanceRequestIT {

    /** Thursday, March 4, 2027, 10:00 in New York. */
    private static final Instant THURSDAY_TEN = Instant.parse("2027-03-04T15:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(AssistanceRequestIT.class, RequestTestProviders.class, RequestHttp.class, HttpLogIn.class,
                MovableClock.class, Transactions.class, TestPeople.class, SqlStatementCounter.class);
    }

    @Inject
    HttpServletRequest runnerRequest;

    @Inject
    MovableClock clock;

    @Inject
    TestPeople people;

    @Inject
    RequestTestProviders providers;

    @Inject
    AssistanceRequests requests;

    @Inject
    AssistanceRequestInbox inbox;

    @Inject
    RequestConversations conversations;

    @Inject
    AssistanceRequestService door;

    @Inject
    AssistanceRequestAdministration administration;

    @Inject
    RequestReminders reminders;

    @Inject
    RequestReports reports;

    @Inject
    Matrices matrices;

    @Inject
    AssistanceRequestDemoData demoData;

    @Inject
    RequestSuggestions suggestions;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private long member;
    private long alpha;
    private long alphaPerson;
    private long beta;
    private long betaPerson;

    // the refuses… tests' cast, made by aRequestToAlphaWithAFileAndAProposal(): the member's request
    // to Alpha with a file and Alpha's proposal with another; Beta stays outside, as does another member
    private long otherMember;
    private long guardedRequest;
    private long alphaAddressee;
    private long requestFile;
    private long proposalFile;

    @BeforeEach
    void people() {
        clock.setInstant(THURSDAY_TEN);
        member = people.person("Morgan Requester", Set.of(Role.MEMBER), true);
        alpha = providers.approved("Alpha Advisory " + System.nanoTime());
        alphaPerson = providers.firstPerson(alpha);
        beta = providers.approved("Beta Collaborative " + System.nanoTime());
        betaPerson = providers.firstPerson(beta);
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedAndNothingIsSaved() throws Exception {
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> requests.send(member, new AssistanceRequestForm(), List.of()));
        assertEquals(Set.of("serviceAreaId", "title", "needs", "timeline", "budgetRange", "providerIds"), empty.problems().keySet());
        assertEquals("Choose at least one provider.", empty.problems().get("providerIds"));

        AssistanceRequestForm form = form(alpha);
        form.setTitle("x".repeat(201));
        form.setTimeline("line\u0000break");
        byte[] page = "<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8);
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> requests.send(member, form, List.of(new RequestUpload("notes.txt", page))));
        assertEquals("Use at most 200 characters.", bad.problems().get("title"));
        assertTrue(bad.problems().containsKey("timeline"), bad.problems().toString());
        assertTrue(bad.problems().get("files").contains("web page"), bad.problems().toString());

        InvalidInputException large = assertThrows(InvalidInputException.class, () -> requests.send(member, form(alpha),
                List.of(new RequestUpload("big.pdf", pdf((int) RequestLimits.MAX_ATTACHMENT_BYTES + 1)))));
        assertEquals("This file is larger than 2 MB.", large.problems().get("files"));
        assertEquals(0L, count("SELECT COUNT(r) FROM AssistanceRequest r WHERE r.requester.id = " + member));
        assertEquals(0L, count("SELECT COUNT(a) FROM RequestAttachment a WHERE a.uploadedBy = " + member));
    }

    @Test
    void moreThanFiveProvidersAnUnknownOrASuspendedOneAreRefused() throws Exception {
        List<Long> six = new ArrayList<>(List.of(alpha, beta));
        for (int i = 0; i < 4; i++) {
            six.add(providers.approved("Gamma " + i + " " + System.nanoTime()));
        }
        assertEquals("Choose at most 5 providers.", assertThrows(InvalidInputException.class,
                () -> requests.send(member, form(six.toArray(Long[]::new)), List.of())).problems().get("providerIds"));
        assertEquals("One of the chosen providers is not in the directory: remove it and choose again.", assertThrows(
                InvalidInputException.class, () -> requests.send(member, form(alpha, -5L), List.of())).problems().get("providerIds"));
        providers.suspend(beta);
        String suspended = assertThrows(InvalidInputException.class, () -> requests.send(member, form(alpha, beta), List.of()))
                .problems().get("providerIds");
        assertTrue(suspended.endsWith("is not taking requests at the moment: remove it from your list."), suspended);
        assertEquals(0L, count("SELECT COUNT(r) FROM AssistanceRequest r WHERE r.requester.id = " + member));
        assertTrue(requests.send(member, form(six.subList(0, 1).get(0), six.get(2), six.get(3), six.get(4), six.get(5)), List.of())
                .getId() > 0, "five active providers are fine");
    }

    @Test
    void aMemberSendsAtMostTheDailyNumberOfRequestsAndOnlyInGoodStanding() throws Exception {
        for (int i = 0; i < 3; i++) {
            requests.send(member, form(alpha), List.of());
            clock.advance(Duration.ofMinutes(5));
        }
        InvalidInputException fourth = assertThrows(InvalidInputException.class, () -> requests.send(member, form(alpha), List.of()));
        assertTrue(fourth.problems().get("form").startsWith("You have sent 3 requests today"), fourth.problems().toString());
        clock.setInstant(Instant.parse("2027-03-05T05:30:00Z")); // 00:30 on Friday in New York: another day
        requests.send(member, form(alpha), List.of());

        long lapsed = people.person("Lee Lapsed", Set.of(Role.MEMBER), false);
        assertTrue(assertThrows(InvalidInputException.class, () -> requests.send(lapsed, form(alpha), List.of()))
                .problems().get("form").startsWith("Requests for technical assistance are for members in good standing"));
    }

    @Test
    void aProviderReadsAsksProposesAnotherDeclinesAndEveryoneIsToldByMail() throws Exception {
        long alphaColleague = providers.person(alpha, "Ari Colleague");
        AssistanceRequest sent = requests.send(member, form(alpha, beta), List.of(new RequestUpload("brief.pdf", pdf(2_000))));
        long id = sent.getId();
        assertEquals(1, mails(email(alphaPerson), "New request for technical assistance").size());
        assertEquals(1, mails(email(alphaColleague), "New request for technical assistance").size(), "every person of the provider");
        assertEquals(1, mails(email(betaPerson), "New request for technical assistance").size());

        assertEquals(1, inbox.inbox(alphaPerson).stream().filter(a -> a.getRequest().getId() == id).count());
        AssistanceRequestDetail opened = inbox.open(alphaPerson, id).orElseThrow();
        assertEquals(RequestAddresseeState.READ, opened.own().getState());
        Instant readAt = opened.own().getReadAt();
        clock.advance(Duration.ofMinutes(3));
        inbox.open(alphaColleague, id);
        assertEquals(readAt, addressee(id, alpha).getReadAt(), "read once: the first opening counts");
        assertEquals(1, opened.files().size());

        inbox.ask(alphaPerson, id, "Who maintains the vehicles today?");
        assertEquals(RequestAddresseeState.REPLIED, addressee(id, alpha).getState());
        assertEquals(1, mails(email(member), "asked a question about your request").size());
        requests.write(member, id, addressee(id, alpha).getId(), "Our public works crew, two mechanics.");
        assertEquals(1, mails(email(alphaPerson), "New message about the request").size());

        ProposalForm proposal = new ProposalForm();
        proposal.setText("A shared garage study in six weeks.");
        proposal.setPrice(new BigDecimal("18500"));
        RequestMessage proposed = inbox.propose(alphaPerson, id, proposal, new RequestUpload("offer.pdf", pdf(3_000)));
        assertEquals(RequestAddresseeState.PROPOSAL, addressee(id, alpha).getState());
        assertNotNull(proposed.getAttachment());
        assertEquals(1, mails(email(member), "sent a proposal for your request").size());

        ProposalForm noPrice = new ProposalForm();
        noPrice.setText("Again");
        assertEquals("Enter the price, e.g. 24000 (0 if you offer it free).", assertThrows(InvalidInputException.class,
                () -> inbox.propose(alphaPerson, id, noPrice, null)).problems().get("price"));

        assertEquals("Say why you decline, so the member can plan.", assertThrows(InvalidInputException.class,
                () -> inbox.decline(betaPerson, id, "  ")).problems().get("reason"));
        inbox.decline(betaPerson, id, "Our team is fully booked until autumn.");
        RequestAddressee declined = addressee(id, beta);
        assertEquals(RequestAddresseeState.DECLINED, declined.getState());
        assertEquals("Our team is fully booked until autumn.", declined.getDeclineReason());
        assertEquals(1, mails(email(member), "declined your request").size());
        assertEquals("You declined this request: nothing more can be sent in it.", assertThrows(InvalidInputException.class,
                () -> inbox.ask(betaPerson, id, "Still there?")).getMessage());

        AssistanceRequestDetail seen = requests.detail(member, id).orElseThrow();
        assertEquals(List.of(alpha, beta), seen.addressees().stream().map(a -> a.getOrganisation().getId()).toList(), "in the order chosen");
        assertEquals(3, seen.conversation(seen.addressees().get(0)).size(), "question, answer, proposal");
        assertEquals(1, seen.conversation(seen.addressees().get(1)).size());
    }

    @Test
    void theMemberClosesWithAChoiceAndFeedbackAndNothingIsSaidAfterwards() throws Exception {
        long id = requests.send(member, form(alpha, beta), List.of()).getId();
        int seen = requests.detail(member, id).orElseThrow().request().getVersion();
        inbox.decline(betaPerson, id, "Not our field.");

        assertThrows(ChangedMeanwhile.class, () -> requests.close(member, id, null, null, seen),
                "a provider answered since the member looked: they are told, nothing is closed");
        int now = requests.detail(member, id).orElseThrow().request().getVersion();
        assertEquals("This provider declined the request: choose another, or none.", assertThrows(InvalidInputException.class,
                () -> requests.close(member, id, addressee(id, beta).getId(), null, now)).problems().get("chosen"));
        requests.shortlist(member, id, addressee(id, alpha).getId(), true);
        assertTrue(addressee(id, alpha).isShortlisted());
        requests.close(member, id, addressee(id, alpha).getId(), "Quick and clear answers.", now);

        AssistanceRequest closed = read(() -> em.find(AssistanceRequest.class, id));
        assertEquals(AssistanceRequestStatus.CLOSED, closed.getStatus());
        assertEquals(alpha, read(() -> em.find(AssistanceRequest.class, id).getChosenProvider().getId()));
        assertEquals("Quick and clear answers.", closed.getFeedback());
        assertEquals("This request is closed: nothing more can be sent in it.", assertThrows(InvalidInputException.class,
                () -> inbox.ask(alphaPerson, id, "One more thing?")).getMessage());
        ProposalForm late = new ProposalForm();
        late.setText("Late offer");
        late.setPrice(BigDecimal.TEN);
        assertThrows(InvalidInputException.class, () -> inbox.propose(alphaPerson, id, late, null));
        assertThrows(InvalidInputException.class, () -> requests.write(member, id, addressee(id, alpha).getId(), "Hello?"));
        assertEquals("This request is closed already.", assertThrows(InvalidInputException.class,
                () -> requests.close(member, id, null, null, now)).getMessage());
    }

    @Test
    void aProviderThatHasNotAnsweredInFiveWorkingDaysIsRemindedOnceOverAWeekend() throws Exception {
        long id = requests.send(member, form(alpha, beta), List.of()).getId();
        inbox.open(alphaPerson, id); // read, not answered: still reminded
        clock.advance(Duration.ofHours(2));
        inbox.ask(betaPerson, id, "What is the budget approval date?");

        clock.setInstant(Instant.parse("2027-03-11T14:59:00Z")); // the next Thursday, 09:59
        reminders.remindDue();
        assertEquals(0, mails(email(alphaPerson), "Reminder: a request waits").size(), "only four working days and 23 hours");
        clock.setInstant(Instant.parse("2027-03-11T15:00:00Z"));
        reminders.remindDue();
        reminders.remindDue();
        clock.advance(Duration.ofDays(3));
        reminders.remindDue();
        assertEquals(1, mails(email(alphaPerson), "Reminder: a request waits").size(), "once");
        assertEquals(0, mails(email(betaPerson), "Reminder: a request waits").size(), "it answered");
        assertNotNull(addressee(id, alpha).getRemindedAt());
        assertNull(addressee(id, beta).getRemindedAt());
    }

    @Test
    void aRequestsFilesAreListedWithoutTheirBytesWhichAreReadOnlyWhenAskedFor() throws Exception {
        byte[] brief = pdf(5_000);
        long id = requests.send(member, form(alpha), List.of(new RequestUpload("brief.pdf", brief))).getId();
        SqlStatementCounter counter = SqlStatementCounter.attachTo(em);
        counter.reset();
        String listed = read(() -> requests.detail(member, id).orElseThrow().files().stream()
                .map(f -> f.getFileName() + " " + f.getMediaType() + " " + f.getSizeBytes()).toList().toString());
        assertEquals("[brief.pdf application/pdf 5000]", listed);
        assertFalse(counter.statements().toLowerCase(Locale.ROOT).contains("content"), "no bytes read: " + counter.statements());
        counter.reset();
        byte[] served = read(() -> requests.detail(member, id).orElseThrow().files().get(0).getContent());
        assertArrayEquals(brief, served);
        assertTrue(counter.statements().toLowerCase(Locale.ROOT).contains("content"), "the bytes, when asked for: " + counter.statements());
    }

    @Test
    void administratorsReadResponseTimesAndExportEveryRequestWithFormulasDefused() throws Exception {
        AssistanceRequestForm form = form(alpha, beta);
        form.setTitle("=HYPERLINK(\"http://evil.example\",\"click\")");
        long id = requests.send(member, form, List.of()).getId();
        clock.advance(Duration.ofHours(3));
        inbox.decline(alphaPerson, id, "@SUM(1+1) is not our field");
        requests.close(member, id, addressee(id, beta).getId(), "+fine", requests.detail(member, id).orElseThrow().request().getVersion());

        RequestReports.ProviderResponse alphaRow = reports.responses().stream().filter(r -> r.provider().getId() == alpha).findFirst()
                .orElseThrow();
        assertEquals(Duration.ofHours(3), alphaRow.medianFirstAnswer());
        assertEquals("3 h 0 min", alphaRow.getMedianText());
        assertEquals(1, alphaRow.declined());

        long admin = people.person("Ada Administrator", Set.of(Role.ADMIN, Role.MEMBER), false);
        RequestHttp http = new RequestHttp(base());
        String session = http.logIn(email(admin));
        HttpResponse<String> csv = http.get("admin/marketplace/requests-export", session);
        assertEquals(200, csv.statusCode());
        assertEquals("private, no-store", csv.headers().firstValue("Cache-Control").orElse(""));
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.body().substring(1))).getRecords();
        List<List<String>> ours = rows.stream().map(CSVRecord::toList).filter(r -> r.get(0).equals(String.valueOf(id))).toList();
        assertEquals(2, ours.size(), "one row per provider asked");
        List<String> declined = ours.stream().filter(r -> r.get(12).equals("Declined")).findFirst().orElseThrow();
        List<String> chosen = ours.stream().filter(r -> r.get(18).equals("yes")).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", declined.get(2));
        assertEquals("'@SUM(1+1) is not our field", declined.get(17));
        assertEquals("3", declined.get(15), "hours to the first answer");
        assertEquals("'+fine", declined.get(19));
        assertEquals("Sent", chosen.get(12), "the provider chosen never answered");
        assertEquals(200, http.get("admin/marketplace/requests.xhtml", session).statusCode());

        String memberSession = http.logIn(email(member));
        assertEquals(403, http.get("admin/marketplace/requests-export", memberSession).statusCode());
    }

    @Test
    void aMatrixsResultsListProvidersWhoDoThisInAFixedNumberOfStatementsHoweverMany() throws Exception {
        long matrix = matrices.create(member, "Fleet maintenance " + System.nanoTime(), providers.service().getId()).getId();
        for (Characteristic characteristic : Characteristic.values()) {
            matrices.grade(member, matrix, characteristic, characteristic.group() == Characteristic.Group.SERVICE ? 3 : 2, null, null);
        }
        RequestHttp http = new RequestHttp(base());
        String session = http.logIn(email(member));
        String path = "decision/results.xhtml?id=" + matrix;
        http.get(path, session); // warm: the first drawing of a page compiles it
        SqlStatementCounter counter = SqlStatementCounter.attachTo(em);
        counter.reset();
        HttpResponse<String> before = http.get(path, session);
        int statements = counter.count();
        for (int i = 0; i < 3; i++) {
            providers.approved("More Providers " + i + " " + System.nanoTime());
        }
        counter.reset();
        HttpResponse<String> after = http.get(path, session);
        assertEquals(statements, counter.count(), "the same statements with three providers more: " + counter.statements());
        assertTrue(before.body().contains("Providers who do this") && after.body().contains("Similar cases"), after.body());
        assertTrue(after.body().contains("marketplace/request.xhtml?matrix=" + matrix), "ask for technical assistance");
        assertTrue(after.body().contains("id=\"providers\""), "active providers of the service, for the plausible kinds");
    }

    @Test
    void suggestionsAreTheFirstTwelveByNameOfThoseOfferingTheServiceInTheRegionForAKindInFixedStatements() throws Exception {
        // New Zealand: no other test's providers serve it, so these are all the database holds for it
        String run = " " + System.nanoTime();
        ServiceArea fleet = providers.service();
        long service = fleet.getId();
        Set<PartnerType> every = EnumSet.allOf(PartnerType.class);
        // unsuitable providers whose names sort first: were they counted before the limit, suitable ones would be left out
        long wellington = providers.approved("A Wellington Only" + run, service, every, Set.of("NZ-WGN"));
        long australia = providers.approved("A Australia Only" + run, service, every, Set.of("AU"));
        long privateOnly = providers.approved("A Private Partnerships Only" + run, service, EnumSet.of(PartnerType.PRIVATE), Set.of("NZ-AUK"));
        providers.approved("A Other Service" + run, providers.otherService().getId(), every, Set.of("NZ-AUK"));
        providers.suspend(providers.approved("A Suspended" + run, service, every, Set.of("NZ-AUK")));
        List<Long> suitable = new ArrayList<>();
        suitable.add(providers.approved("B Nationwide" + run, service, every, Set.of("NZ")));
        for (int i = 10; i < 22; i++) {
            suitable.add(providers.approved("C Auckland " + i + run, service,
                    EnumSet.of(PartnerType.INTERGOVERNMENTAL, PartnerType.PRIVATE), Set.of("NZ-WGN", "NZ-AUK")));
        }
        Jurisdiction auckland = new Jurisdiction("Auckland Council", " auk ", "nz", 1_700_000);

        SqlStatementCounter counter = SqlStatementCounter.attachTo(em);
        counter.reset();
        List<RequestCandidate> shown = read(() -> suggestions.suiting(fleet, auckland, EnumSet.of(PartnerType.INTERGOVERNMENTAL))
                .stream().map(RequestCandidate::of).toList());
        assertEquals(3, counter.count(), "the providers, then their kinds and regions: " + counter.statements());
        assertEquals(suitable.subList(0, RequestSuggestions.MAX_SHOWN), shown.stream().map(RequestCandidate::id).toList(),
                "the whole country's and the region's first by name, the thirteenth left out");
        assertEquals("Another government, A company", shown.get(1).kinds());
        assertEquals("NZ-AUK, NZ-WGN", shown.get(1).regions());

        assertEquals(List.of(suitable.get(0)), ids(suggestions.suiting(fleet, auckland, EnumSet.of(PartnerType.NONPROFIT))),
                "only the nationwide provider supports a nonprofit partnership");
        List<Long> anyKind = new ArrayList<>(List.of(privateOnly));
        anyKind.addAll(suitable.subList(0, RequestSuggestions.MAX_SHOWN - 1));
        assertEquals(anyKind, ids(suggestions.suiting(fleet, auckland, Set.of())), "no kind named: any kind");
        assertEquals(List.of(suitable.get(0)), ids(suggestions.suiting(fleet,
                new Jurisdiction("Christchurch City", "CAN", "NZ", 390_000), EnumSet.of(PartnerType.INTERGOVERNMENTAL))),
                "in Canterbury only the nationwide provider");
        assertEquals(List.of(australia, privateOnly, wellington), ids(suggestions.suiting(fleet, null, Set.of())).subList(0, 3),
                "no region (a matrix's results): every region; their names sort before any other test's");
    }

    @Test
    void theDemonstrationRequestIsLoadedOnceWhenBothDemonstrationProvidersExist() throws Exception {
        if (people.countWithEmail(AssistanceRequestDemoData.MEMBER) == 0) {
            people.create(AssistanceRequestDemoData.MEMBER, "Maria Alvarez", RequestHttp.PASSWORD, Set.of(Role.MEMBER), false);
        }
        long proposing = providers.withSlug("civic-shared-services", "Civic Shared Services");
        long asking = providers.withSlug("community-partners-network", "Community Partners Network");
        demoData.loadOnce();
        demoData.loadOnce();
        List<AssistanceRequest> demo = read(() -> em.createQuery("SELECT r FROM AssistanceRequest r WHERE r.requester.email = :email",
                AssistanceRequest.class).setParameter("email", AssistanceRequestDemoData.MEMBER).getResultList());
        assertEquals(1, demo.size());
        long id = demo.get(0).getId();
        assertEquals(RequestAddresseeState.PROPOSAL, addressee(id, proposing).getState());
        assertEquals(RequestAddresseeState.REPLIED, addressee(id, asking).getState());
        List<RequestMessageKind> kinds = read(() -> em.createQuery("SELECT m.kind FROM RequestMessage m WHERE m.addressee.request.id = :id",
                RequestMessageKind.class).setParameter("id", id).getResultList());
        assertEquals(2, kinds.size());
        assertEquals(Set.of(RequestMessageKind.PROPOSAL, RequestMessageKind.QUESTION), Set.copyOf(kinds), "one proposal, one question");
    }

    // ---- refused: every action on a request, an addressee or a file that is not the caller's

    /** The cast of the refuses… tests: the member's request to Alpha with a file, Alpha's proposal with another, another member. */
    private void aRequestToAlphaWithAFileAndAProposal() {
        otherMember = people.person("Nico Other", Set.of(Role.MEMBER), true);
        AssistanceRequestForm form = form(alpha);
        form.setTitle("A request only Alpha may read");
        AssistanceRequest request = requests.send(member, form, List.of(new RequestUpload("brief.pdf", pdf(500))));
        guardedRequest = request.getId();
        alphaAddressee = request.getAddressees().get(0).getId();
        requestFile = requests.detail(member, guardedRequest).orElseThrow().files().get(0).getId();
        ProposalForm proposal = new ProposalForm();
        proposal.setText("Our offer.");
        proposal.setPrice(new BigDecimal("900"));
        proposalFile = inbox.propose(alphaPerson, guardedRequest, proposal, new RequestUpload("offer.pdf", pdf(600))).getAttachment().getId();
    }

    @Test
    void refusesAnotherProviderEverythingOfTheRequestAtTheServiceAndChangesNothing() throws Exception {
        aRequestToAlphaWithAFileAndAProposal();
        int version = version();
        assertTrue(inbox.inbox(betaPerson).stream().noneMatch(a -> a.getRequest().getId() == guardedRequest));
        assertTrue(inbox.detail(betaPerson, guardedRequest).isEmpty());
        assertTrue(inbox.open(betaPerson, guardedRequest).isEmpty());
        ProposalForm proposal = new ProposalForm();
        proposal.setText("Pick us instead.");
        proposal.setPrice(BigDecimal.ONE);
        for (Executable act : List.<Executable>of(
                () -> inbox.ask(betaPerson, guardedRequest, "Hello?"),
                () -> inbox.decline(betaPerson, guardedRequest, "No."),
                () -> inbox.propose(betaPerson, guardedRequest, proposal, null))) {
            assertEquals("This request was not found.", assertThrows(InvalidInputException.class, act).getMessage());
        }
        assertTrue(conversations.fileFor(betaPerson, requestFile).isEmpty());
        assertTrue(conversations.fileFor(betaPerson, proposalFile).isEmpty());
        // a person of the addressed provider reaches both; a member's account without a provider reaches neither
        assertTrue(conversations.fileFor(alphaPerson, requestFile).isPresent());
        assertTrue(conversations.fileFor(alphaPerson, proposalFile).isPresent());
        assertEquals(version, version(), "not even the version moved");
        assertEquals(1L, messages(), "only Alpha's proposal");
    }

    @Test
    void refusesAnotherMemberEverythingOfTheRequestAtTheServiceAndChangesNothing() throws Exception {
        aRequestToAlphaWithAFileAndAProposal();
        int version = version();
        assertTrue(requests.mine(otherMember).stream().noneMatch(r -> r.getId() == guardedRequest));
        assertTrue(requests.detail(otherMember, guardedRequest).isEmpty());
        for (Executable act : List.<Executable>of(
                () -> requests.shortlist(otherMember, guardedRequest, alphaAddressee, true),
                () -> requests.write(otherMember, guardedRequest, alphaAddressee, "Hello?"),
                () -> requests.close(otherMember, guardedRequest, alphaAddressee, "Mine now", version))) {
            assertEquals("This request was not found.", assertThrows(InvalidInputException.class, act).getMessage());
        }
        assertTrue(conversations.fileFor(otherMember, requestFile).isEmpty());
        assertTrue(conversations.fileFor(otherMember, proposalFile).isEmpty());
        // the member's own request, but an addressee id of another request: not found either
        long foreignAddressee = read(() -> em.createQuery("SELECT MIN(a.id) FROM RequestAddressee a WHERE a.request.id <> :id", Long.class)
                .setParameter("id", guardedRequest).getSingleResult());
        assertEquals("This provider was not found in the request.", assertThrows(InvalidInputException.class,
                () -> requests.write(member, guardedRequest, foreignAddressee, "Hello?")).getMessage());
        RequestAddressee row = read(() -> em.find(RequestAddressee.class, alphaAddressee));
        assertFalse(row.isShortlisted());
        assertEquals(AssistanceRequestStatus.OPEN, read(() -> em.find(AssistanceRequest.class, guardedRequest).getStatus()));
        assertEquals(1L, messages());
    }

    @Test
    void refusesNobodyLoggedInAtBothDoors() throws Exception {
        aRequestToAlphaWithAFileAndAProposal();
        ProposalForm proposal = new ProposalForm();
        for (Executable act : List.<Executable>of(
                door::myRequests, () -> door.myRequest(guardedRequest), () -> door.shortlist(guardedRequest, alphaAddressee, true),
                () -> door.write(guardedRequest, alphaAddressee, "x"), () -> door.close(guardedRequest, null, null, 0),
                door::inbox, () -> door.openAddressed(guardedRequest), () -> door.addressed(guardedRequest),
                () -> door.ask(guardedRequest, "x"), () -> door.decline(guardedRequest, "x"), () -> door.propose(guardedRequest, proposal, null),
                () -> door.file(requestFile), () -> door.send(new AssistanceRequestForm(), List.of()),
                administration::requests, administration::responseTimes)) {
            assertThrows(EJBAccessException.class, act);
        }
    }

    @Test
    void refusesAnotherProviderAnotherMemberAndNobodyOverHttpAndNothingChanges() throws Exception {
        aRequestToAlphaWithAFileAndAProposal();
        RequestHttp http = new RequestHttp(base());
        String outsiderSession = http.logIn(email(betaPerson));
        String otherMemberSession = http.logIn(email(otherMember));
        int version = version();

        // another provider: the request's page, its files, and its forms posted with this request's id from a page of its own
        long unread = requestFrom(otherMember);
        assertNotFound(http.get("provider/request.xhtml?id=" + unread, outsiderSession));
        assertNotFound(http.get("provider/request.xhtml?id=" + guardedRequest, outsiderSession));
        assertEquals(404, http.get("marketplace/files?id=" + requestFile, outsiderSession).statusCode());
        assertEquals(404, http.get("marketplace/files?id=" + proposalFile, outsiderSession).statusCode());
        assertFalse(http.get("provider/inbox.xhtml", outsiderSession).body().contains("A request only Alpha may read"));
        long ownRequest = requestTo(beta);
        String ownPage = "provider/request.xhtml?id=" + ownRequest;
        HttpResponse<String> forgedDecline = http.submit(ownPage, "provider/request.xhtml?id=" + guardedRequest, "decline", "send",
                Map.of("reason", "Forged"), outsiderSession);
        assertTrue(forgedDecline.body().contains("This request was not found."), forgedDecline.body());
        HttpResponse<String> forgedQuestion = http.submit(ownPage, "provider/request.xhtml?id=" + guardedRequest, "ask", "send",
                Map.of("question", "Forged?"), outsiderSession);
        assertTrue(forgedQuestion.body().contains("This request was not found."), forgedQuestion.body());
        HttpResponse<String> forgedRead = http.submit(ownPage, "provider/request.xhtml?id=" + unread, "read", "mark", Map.of(),
                outsiderSession);
        assertTrue(forgedRead.body().contains("This request is not addressed to your organisation."), forgedRead.body());
        assertNull(readAt(unread), "an outsider's opening marks nothing read");

        // another member: the request's page, its files, and its closing posted from a page of their own
        assertNotFound(http.get("marketplace/request-detail.xhtml?id=" + guardedRequest, otherMemberSession));
        assertEquals(404, http.get("marketplace/files?id=" + requestFile, otherMemberSession).statusCode());
        assertEquals(404, http.get("marketplace/files?id=x", otherMemberSession).statusCode());
        assertFalse(http.get("marketplace/requests.xhtml", otherMemberSession).body().contains("A request only Alpha may read"));
        long othersOwn = requestFrom(otherMember);
        HttpResponse<String> forgedClose = http.submit("marketplace/request-detail.xhtml?id=" + othersOwn,
                "marketplace/request-detail.xhtml?id=" + guardedRequest, "close", "closeRequest", Map.of("feedback", "Forged"), otherMemberSession);
        assertTrue(forgedClose.body().contains("This request was not found."), forgedClose.body());

        // nobody logged in: sent to log in, or told it is not theirs
        for (String path : List.of("marketplace/request-detail.xhtml?id=" + guardedRequest, "provider/request.xhtml?id=" + guardedRequest,
                "marketplace/files?id=" + requestFile, "marketplace/request.xhtml", "marketplace/requests.xhtml", "provider/inbox.xhtml",
                "admin/marketplace/requests.xhtml", "admin/marketplace/requests-export")) {
            HttpResponse<String> anonymous = http.get(path, null);
            assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 401 || anonymous.statusCode() == 403,
                    path + " answered " + anonymous.statusCode());
            assertFalse(anonymous.body().contains("A request only Alpha may read"), path);
        }
        // a member is no provider: the provider's pages are closed to them
        assertEquals(403, http.get("provider/request.xhtml?id=" + guardedRequest, otherMemberSession).statusCode());

        assertEquals(version, version(), "nothing changed");
        assertEquals(AssistanceRequestStatus.OPEN, read(() -> em.find(AssistanceRequest.class, guardedRequest).getStatus()));
        assertEquals(1L, messages());

        // while the member and the addressed provider reach it
        String memberSession = http.logIn(email(member));
        assertEquals(200, http.get("marketplace/request-detail.xhtml?id=" + guardedRequest, memberSession).statusCode());
        HttpResponse<String> file = http.get("marketplace/files?id=" + proposalFile, memberSession);
        assertEquals(200, file.statusCode());
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("attachment; filename*=UTF-8''offer.pdf", file.headers().firstValue("Content-Disposition").orElse(""));
        String alphaSession = http.logIn(email(alphaPerson));
        assertEquals(200, http.get("provider/request.xhtml?id=" + guardedRequest, alphaSession).statusCode());

        // showing a request to its addressee changes nothing (a GET); "Mark as read" (a POST) does
        assertEquals(200, http.get("provider/request.xhtml?id=" + unread, alphaSession).statusCode());
        assertNull(readAt(unread), "showing the page marks nothing read");
        HttpResponse<String> marked = http.submit("provider/request.xhtml?id=" + unread, "provider/request.xhtml?id=" + unread, "read",
                "mark", Map.of(), alphaSession);
        assertTrue(marked.body().contains("The member now sees that you have read the request."), marked.body());
        assertNotNull(readAt(unread));
    }

    private Instant readAt(long requestId) throws Exception {
        return read(() -> em.createQuery("SELECT a.readAt FROM RequestAddressee a WHERE a.request.id = :id", Instant.class)
                .setParameter("id", requestId).getSingleResult());
    }

    // --- helpers

    private AssistanceRequestForm form(Long... providerIds) {
        AssistanceRequestForm form = new AssistanceRequestForm();
        form.setServiceAreaId(providers.service().getId());
        form.setPartnershipKind(PartnerType.INTERGOVERNMENTAL);
        form.setTitle("Share fleet maintenance with the county");
        form.setNeeds("A cost comparison and a draft agreement.");
        form.setTimeline("By June");
        form.setBudgetRange(RequestBudgetRange.FROM_10K);
        form.setProviderIds(List.of(providerIds));
        return form;
    }

    /** A small PDF of about the given size. */
    static byte[] pdf(int size) {
        byte[] bytes = new byte[Math.max(size, 64)];
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        java.util.Arrays.fill(bytes, head.length, bytes.length, (byte) ' ');
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tail, 0, bytes, bytes.length - tail.length, tail.length);
        return bytes;
    }

    private static List<Long> ids(List<ProviderOrganisation> organisations) {
        return organisations.stream().map(ProviderOrganisation::getId).toList();
    }

    private RequestAddressee addressee(long requestId, long organisationId) throws Exception {
        return read(() -> em.createQuery("SELECT a FROM RequestAddressee a WHERE a.request.id = :r AND a.organisation.id = :o",
                RequestAddressee.class).setParameter("r", requestId).setParameter("o", organisationId).getSingleResult());
    }

    private List<OutboundMail> mails(String recipient, String subjectHolds) throws Exception {
        return read(() -> em.createQuery("SELECT m FROM OutboundMail m WHERE m.recipient = :to ORDER BY m.id", OutboundMail.class)
                .setParameter("to", recipient).getResultList()).stream().filter(m -> m.getSubject().contains(subjectHolds)).toList();
    }

    private static void assertNotFound(HttpResponse<String> page) {
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Request not found"), page.body());
        assertFalse(page.body().contains("A request only Alpha may read"));
    }

    /** A request of a member of its own to the provider, so its people have a page with forms of their own. */
    private long requestTo(long organisationId) {
        long someone = people.person("Sam Someone", Set.of(Role.MEMBER), true);
        return requestFrom(someone, organisationId);
    }

    private long requestFrom(long memberId) {
        return requestFrom(memberId, alpha);
    }

    private long requestFrom(long memberId, long organisationId) {
        AssistanceRequestForm form = form(organisationId);
        form.setTitle("Their own request");
        return requests.send(memberId, form, List.of()).getId();
    }

    private int version() throws Exception {
        return read(() -> em.find(AssistanceRequest.class, guardedRequest).getVersion());
    }

    private long messages() throws Exception {
        return read(() -> em.createQuery("SELECT COUNT(m) FROM RequestMessage m WHERE m.addressee.request.id = :id", Long.class)
                .setParameter("id", guardedRequest).getSingleResult());
    }

    private String email(long accountId) throws Exception {
        return read(() -> em.find(Account.class, accountId).getEmail());
    }

    private long count(String jpql) throws Exception {
        return read(() -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/";
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }
}
