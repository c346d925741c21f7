package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.civicportal.account.Account;
import org.civicportal.account.Role;
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
import org.junit.jupiter.api.function.Executable;

/**
 * Every action that carries a request's, a provider's or a file's id, tried by someone it is not
 * for: another provider, another member, and nobody logged in; at the services and over HTTP. Every
 * one is refused as "not found" (or sent to log in), and nothing changes: not a state, not a read
 * time, not a version.
 */
@ExtendWith(ArquillianExtension.class)
class AssistanceRequestAccessIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(AssistanceRequestAccessIT.class, AssistanceRequestIT.class, RequestTestProviders.class,
                RequestHttp.class, MovableClock.class, Transactions.class, TestPeople.class);
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

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private long member;
    private long otherMember;
    private long alpha;
    private long alphaPerson;
    private long outsider;
    private long outsiderPerson;
    private long requestId;
    private long alphaAddressee;
    private long requestFile;
    private long proposalFile;

    @BeforeEach
    void aRequestToAlphaWithAFileAndAProposal() {
        clock.setInstant(Instant.parse("2027-03-04T15:00:00Z"));
        member = people.person("Morgan Owner", Set.of(Role.MEMBER), true);
        otherMember = people.person("Nico Other", Set.of(Role.MEMBER), true);
        alpha = providers.approved("Alpha Addressed " + System.nanoTime());
        alphaPerson = providers.firstPerson(alpha);
        outsider = providers.approved("Omega Outsider " + System.nanoTime());
        outsiderPerson = providers.person(outsider, "Olive Outsider");
        AssistanceRequestForm form = new AssistanceRequestForm();
        form.setServiceAreaId(providers.service().getId());
        form.setTitle("A request only Alpha may read");
        form.setNeeds("Help.");
        form.setTimeline("Soon");
        form.setBudgetRange(RequestBudgetRange.UNDER_10K);
        form.setProviderIds(List.of(alpha));
        AssistanceRequest request = requests.send(member, form, List.of(new RequestUpload("brief.pdf", AssistanceRequestIT.pdf(500))));
        requestId = request.getId();
        alphaAddressee = request.getAddressees().get(0).getId();
        requestFile = requests.detail(member, requestId).orElseThrow().files().get(0).getId();
        ProposalForm proposal = new ProposalForm();
        proposal.setText("Our offer.");
        proposal.setPrice(new BigDecimal("900"));
        proposalFile = inbox.propose(alphaPerson, requestId, proposal, new RequestUpload("offer.pdf", AssistanceRequestIT.pdf(600)))
                .getAttachment().getId();
    }

    @Test
    void anotherProviderReachesNothingOfTheRequestAtTheServiceAndChangesNothing() throws Exception {
        int version = version();
        assertTrue(inbox.inbox(outsiderPerson).stream().noneMatch(a -> a.getRequest().getId() == requestId));
        assertTrue(inbox.detail(outsiderPerson, requestId).isEmpty());
        assertTrue(inbox.open(outsiderPerson, requestId).isEmpty());
        ProposalForm proposal = new ProposalForm();
        proposal.setText("Pick us instead.");
        proposal.setPrice(BigDecimal.ONE);
        for (Executable act : List.<Executable>of(
                () -> inbox.ask(outsiderPerson, requestId, "Hello?"),
                () -> inbox.decline(outsiderPerson, requestId, "No."),
                () -> inbox.propose(outsiderPerson, requestId, proposal, null))) {
            assertEquals("This request was not found.", assertThrows(InvalidInputException.class, act).getMessage());
        }
        assertTrue(conversations.fileFor(outsiderPerson, requestFile).isEmpty());
        assertTrue(conversations.fileFor(outsiderPerson, proposalFile).isEmpty());
        // a person of the addressed provider reaches both; a member's account without a provider reaches neither
        assertTrue(conversations.fileFor(alphaPerson, requestFile).isPresent());
        assertTrue(conversations.fileFor(alphaPerson, proposalFile).isPresent());
        assertEquals(version, version(), "not even the version moved");
        assertEquals(1L, messages(), "only Alpha's proposal");
    }

    @Test
    void anotherMemberReachesNothingOfTheRequestAtTheServiceAndChangesNothing() throws Exception {
        int version = version();
        assertTrue(requests.mine(otherMember).stream().noneMatch(r -> r.getId() == requestId));
        assertTrue(requests.detail(otherMember, requestId).isEmpty());
        for (Executable act : List.<Executable>of(
                () -> requests.shortlist(otherMember, requestId, alphaAddressee, true),
                () -> requests.write(otherMember, requestId, alphaAddressee, "Hello?"),
                () -> requests.close(otherMember, requestId, alphaAddressee, "Mine now", version))) {
            assertEquals("This request was not found.", assertThrows(InvalidInputException.class, act).getMessage());
        }
        assertTrue(conversations.fileFor(otherMember, requestFile).isEmpty());
        assertTrue(conversations.fileFor(otherMember, proposalFile).isEmpty());
        // the member's own request, but an addressee id of another request: not found either
        long foreignAddressee = read(() -> em.createQuery("SELECT MIN(a.id) FROM RequestAddressee a WHERE a.request.id <> :id", Long.class)
                .setParameter("id", requestId).getSingleResult());
        assertEquals("This provider was not found in the request.", assertThrows(InvalidInputException.class,
                () -> requests.write(member, requestId, foreignAddressee, "Hello?")).getMessage());
        RequestAddressee row = read(() -> em.find(RequestAddressee.class, alphaAddressee));
        assertFalse(row.isShortlisted());
        assertEquals(AssistanceRequestStatus.OPEN, read(() -> em.find(AssistanceRequest.class, requestId).getStatus()));
        assertEquals(1L, messages());
    }

    @Test
    void nobodyLoggedInIsRefusedByBothDoors() {
        ProposalForm proposal = new ProposalForm();
        for (Executable act : List.<Executable>of(
                door::myRequests, () -> door.myRequest(requestId), () -> door.shortlist(requestId, alphaAddressee, true),
                () -> door.write(requestId, alphaAddressee, "x"), () -> door.close(requestId, null, null, 0),
                door::inbox, () -> door.openAddressed(requestId), () -> door.addressed(requestId),
                () -> door.ask(requestId, "x"), () -> door.decline(requestId, "x"), () -> door.propose(requestId, proposal, null),
                () -> door.file(requestFile), () -> door.send(new AssistanceRequestForm(), List.of()),
                administration::requests, administration::responseTimes)) {
            assertThrows(EJBAccessException.class, act);
        }
    }

    @Test
    void overHttpAnotherProviderAnotherMemberAndNobodyAreRefusedAndNothingChanges() throws Exception {
        RequestHttp http = new RequestHttp(base());
        String outsiderSession = http.logIn(email(outsiderPerson));
        String otherMemberSession = http.logIn(email(otherMember));
        int version = version();

        // another provider: the request's page, its files, and its forms posted with this request's id from a page of its own
        long unread = requestFrom(otherMember);
        assertNotFound(http.get("provider/request.xhtml?id=" + unread, outsiderSession));
        assertNull(read(() -> em.createQuery("SELECT a.readAt FROM RequestAddressee a WHERE a.request.id = :id", Instant.class)
                .setParameter("id", unread).getSingleResult()), "an outsider's opening marks nothing read");
        assertNotFound(http.get("provider/request.xhtml?id=" + requestId, outsiderSession));
        assertEquals(404, http.get("marketplace/files?id=" + requestFile, outsiderSession).statusCode());
        assertEquals(404, http.get("marketplace/files?id=" + proposalFile, outsiderSession).statusCode());
        assertFalse(http.get("provider/inbox.xhtml", outsiderSession).body().contains("A request only Alpha may read"));
        long ownRequest = requestTo(outsider);
        String ownPage = "provider/request.xhtml?id=" + ownRequest;
        HttpResponse<String> forgedDecline = http.submit(ownPage, "provider/request.xhtml?id=" + requestId, "decline", "send",
                Map.of("reason", "Forged"), outsiderSession);
        assertTrue(forgedDecline.body().contains("This request was not found."), forgedDecline.body());
        HttpResponse<String> forgedQuestion = http.submit(ownPage, "provider/request.xhtml?id=" + requestId, "ask", "send",
                Map.of("question", "Forged?"), outsiderSession);
        assertTrue(forgedQuestion.body().contains("This request was not found."), forgedQuestion.body());

        // another member: the request's page, its files, and its closing posted from a page of their own
        assertNotFound(http.get("marketplace/request-detail.xhtml?id=" + requestId, otherMemberSession));
        assertEquals(404, http.get("marketplace/files?id=" + requestFile, otherMemberSession).statusCode());
        assertEquals(404, http.get("marketplace/files?id=x", otherMemberSession).statusCode());
        assertFalse(http.get("marketplace/requests.xhtml", otherMemberSession).body().contains("A request only Alpha may read"));
        long othersOwn = requestFrom(otherMember);
        HttpResponse<String> forgedClose = http.submit("marketplace/request-detail.xhtml?id=" + othersOwn,
                "marketplace/request-detail.xhtml?id=" + requestId, "close", "closeRequest", Map.of("feedback", "Forged"), otherMemberSession);
        assertTrue(forgedClose.body().contains("This request was not found."), forgedClose.body());

        // nobody logged in: sent to log in, or told it is not theirs
        for (String path : List.of("marketplace/request-detail.xhtml?id=" + requestId, "provider/request.xhtml?id=" + requestId,
                "marketplace/files?id=" + requestFile, "marketplace/request.xhtml", "marketplace/requests.xhtml", "provider/inbox.xhtml",
                "admin/marketplace/requests.xhtml", "admin/marketplace/requests-export")) {
            HttpResponse<String> anonymous = http.get(path, null);
            assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 401 || anonymous.statusCode() == 403,
                    path + " answered " + anonymous.statusCode());
            assertFalse(anonymous.body().contains("A request only Alpha may read"), path);
        }
        // a member is no provider: the provider's pages are closed to them
        assertEquals(403, http.get("provider/request.xhtml?id=" + requestId, otherMemberSession).statusCode());

        assertEquals(version, version(), "nothing changed");
        assertEquals(AssistanceRequestStatus.OPEN, read(() -> em.find(AssistanceRequest.class, requestId).getStatus()));
        assertEquals(1L, messages());

        // while the member and the addressed provider reach it
        String memberSession = http.logIn(email(member));
        assertEquals(200, http.get("marketplace/request-detail.xhtml?id=" + requestId, memberSession).statusCode());
        HttpResponse<String> file = http.get("marketplace/files?id=" + proposalFile, memberSession);
        assertEquals(200, file.statusCode());
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("attachment; filename*=UTF-8''offer.pdf", file.headers().firstValue("Content-Disposition").orElse(""));
        String alphaSession = http.logIn(email(alphaPerson));
        assertEquals(200, http.get("provider/request.xhtml?id=" + requestId, alphaSession).statusCode());
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
        AssistanceRequestForm form = new AssistanceRequestForm();
        form.setServiceAreaId(providers.service().getId());
        form.setTitle("Their own request");
        form.setNeeds("Help.");
        form.setTimeline("Soon");
        form.setBudgetRange(RequestBudgetRange.NOT_SET);
        form.setProviderIds(List.of(organisationId));
        return requests.send(memberId, form, List.of()).getId();
    }

    private int version() throws Exception {
        return read(() -> em.find(AssistanceRequest.class, requestId).getVersion());
    }

    private long messages() throws Exception {
        return read(() -> em.createQuery("SELECT COUNT(m) FROM RequestMessage m WHERE m.addressee.request.id = :id", Long.class)
                .setParameter("id", requestId).getSingleResult());
    }

    private String email(long accountId) throws Exception {
        return read(() -> em.find(Account.class, accountId).getEmail());
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/";
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }
}
