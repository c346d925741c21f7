package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicportal.account.Role;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceAreas;
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
 * Every step that names an organisation's user, invitation or organisation, tried by someone it is
 * not theirs to take: another provider, a plain member and an anonymous visitor, at the doors and
 * workers and over HTTP. Every one is refused and changes nothing; another's id answers "not found".
 */
@ExtendWith(ArquillianExtension.class)
class ProviderAccessIT {

    private static final String PASSWORD = "a long enough test password";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(ProviderAccessIT.class, ProviderForms.class, Transactions.class, TestPeople.class);
    }

    @Inject
    HttpServletRequest runnerRequest;

    @Inject
    TestPeople people;

    @Inject
    ServiceAreas areas;

    @Inject
    ProviderApplications applications;

    @Inject
    ProviderVetting vetting;

    @Inject
    ProviderTeam team;

    @Inject
    ProviderService service;

    @Inject
    ProviderAdministration administration;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String aEmail;
    private String bEmail;
    private String memberEmail;
    private long a;
    private long b;
    private long member;
    private ProviderOrganisation mine;
    private ProviderOrganisation theirs;
    private long aUser;
    private String inviteeEmail;
    private String aInvitationToken;

    @BeforeEach
    void twoProvidersAndAMember() throws Exception {
        long administrator = people.person("Ada Admin", Set.of(Role.ADMIN, Role.MEMBER), false);
        aEmail = unique("a");
        bEmail = unique("b");
        memberEmail = unique("member");
        a = people.create(aEmail, "Alex Alpha", PASSWORD, Set.of(Role.MEMBER), false);
        b = people.create(bEmail, "Blair Beta", PASSWORD, Set.of(Role.MEMBER), false);
        member = people.create(memberEmail, "Morgan Member", PASSWORD, Set.of(Role.MEMBER), false);
        mine = approved(a, "Alpha Advisors " + UUID.randomUUID().toString().substring(0, 8), administrator);
        theirs = approved(b, "Beta Builders " + UUID.randomUUID().toString().substring(0, 8), administrator);
        aUser = applications.userOf(a).orElseThrow().getId();
        inviteeEmail = unique("invitee");
        team.invite(a, inviteeEmail);
        aInvitationToken = mailedToken(inviteeEmail);
    }

    @Test
    void theDoorsRefuseAnonymousCallersEveryStep() {
        OrganisationForm form = ProviderForms.valid(areas, "Anonymous " + UUID.randomUUID());
        long id = mine.getId();
        Map<String, Executable> steps = new LinkedHashMap<>();
        steps.put("myOrganisation", service::myOrganisation);
        steps.put("myOrganisationSummary", service::myOrganisationSummary);
        steps.put("apply", () -> service.apply(form));
        steps.put("updateProfile", () -> service.updateProfile(form, 0));
        steps.put("myColleagues", service::myColleagues);
        steps.put("myOpenInvitations", service::myOpenInvitations);
        steps.put("invite", () -> service.invite("x@example.org"));
        steps.put("removeColleague", () -> service.removeColleague(aUser));
        steps.put("invitation", () -> service.invitation(aInvitationToken));
        steps.put("accept", () -> service.accept(aInvitationToken));
        steps.put("admin withStatus", () -> administration.withStatus(ProviderStatus.APPLIED));
        steps.put("admin countsByStatus", administration::countsByStatus);
        steps.put("admin countWaiting", administration::countWaiting);
        steps.put("admin find", () -> administration.find(id));
        steps.put("admin users", () -> administration.users(id));
        steps.put("admin openInvitations", () -> administration.openInvitations(id));
        steps.put("admin approve", () -> administration.approve(id, EnumSet.allOf(VettingCheck.class), 0));
        steps.put("admin decline", () -> administration.decline(id, "No.", 0));
        steps.put("admin suspend", () -> administration.suspend(id, "No.", 0));
        steps.put("admin reinstate", () -> administration.reinstate(id, 0));
        steps.put("admin removeUser", () -> administration.removeUser(id, aUser));
        steps.forEach((name, step) -> assertThrows(EJBAccessException.class, step, name));
    }

    @Test
    void anotherProviderReachesNothingOfAnotherOrganisationWhateverIdItGives() throws Exception {
        InvalidInputException removal = assertThrows(InvalidInputException.class, () -> team.removeColleague(b, aUser));
        assertEquals("This user is not found in the organisation.", removal.problems().get("users"));
        InvalidInputException adminPath = assertThrows(InvalidInputException.class, () -> team.removeByAdministrator(theirs.getId(), aUser));
        assertEquals("This user is not found in the organisation.", adminPath.problems().get("users"));

        // every step of theirs acts on their own organisation, whichever they meant
        assertEquals(theirs.getId(), applications.organisationOf(b).orElseThrow().getId());
        assertEquals(theirs.getId(), team.invite(b, unique("their-invitee")).getOrganisation().getId());
        OrganisationForm takeOver = OrganisationForm.of(read(() -> ProviderApplications.loaded(em.find(ProviderOrganisation.class, mine.getId()))));
        takeOver.setName("Taken over " + UUID.randomUUID());
        // a profile sent with the other organisation's details saves only their own organisation's
        int theirVersion = read(() -> em.find(ProviderOrganisation.class, theirs.getId()).getVersion());
        assertEquals(theirs.getId(), applications.updateProfile(b, takeOver, theirVersion).getId());

        InvalidInputException notTheirs = assertThrows(InvalidInputException.class, () -> team.accept(aInvitationToken, b));
        assertTrue(notTheirs.problems().get("invitation").startsWith("This invitation was sent to another address"));
        assertUnchanged();
    }

    @Test
    void aMemberWhoActsForNoOrganisationIsRefusedEveryStep() throws Exception {
        OrganisationForm form = ProviderForms.valid(areas, "Member " + UUID.randomUUID());
        for (Executable step : List.<Executable>of(() -> team.removeColleague(member, aUser), () -> team.invite(member, "x@example.org"),
                () -> applications.updateProfile(member, form, mine.getVersion()))) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, step);
            assertEquals("You do not act for a provider organisation.", refused.problems().get("organisation"));
        }
        assertTrue(applications.organisationOf(member).isEmpty());
        assertThrows(InvalidInputException.class, () -> team.accept(aInvitationToken, member));
        assertUnchanged();
    }

    @Test
    void overHttpTheAdministratorsPagesAndAnotherOrganisationAreClosedToThem() throws Exception {
        String bSession = logIn(bEmail);
        String memberSession = logIn(memberEmail);
        for (String adminPage : List.of("admin/marketplace/providers.xhtml", "admin/marketplace/provider.xhtml?id=" + mine.getId())) {
            assertEquals(403, get(adminPage, bSession).statusCode(), adminPage + " as another provider");
            assertEquals(403, get(adminPage, memberSession).statusCode(), adminPage + " as a member");
            assertTrue(isLogInRedirect(get(adminPage, null)), adminPage + " anonymously");
        }
        // each of the administrators' steps, posted by a provider, a member or anonymously: refused before any Faces step
        String adminPage = "admin/marketplace/provider.xhtml?id=" + mine.getId();
        for (String step : List.of("approve=approve&approve%3Aapprove=", "decline=decline&decline%3Areason=No&decline%3Adecline=",
                "suspend=suspend&suspend%3Areason=No&suspend%3Asuspend=", "reinstate=reinstate&reinstate%3Areinstate=",
                "users=users&users%3AuserList%3A0%3Aremove=")) {
            String form = step + "&jakarta.faces.ViewState=x";
            assertEquals(403, post(adminPage, form, bSession).statusCode(), step + " as another provider");
            assertEquals(403, post(adminPage, form, memberSession).statusCode(), step + " as a member");
            assertTrue(isLogInRedirect(post(adminPage, form, null)), step + " anonymously");
        }

        // the organisation page shows the caller's own organisation, whatever the address says
        HttpResponse<String> own = get("provider/organisation.xhtml?id=" + mine.getId(), bSession);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains(theirs.getName()));
        assertFalse(own.body().contains(mine.getName()) || own.body().contains(aEmail), "nothing of the other organisation");
        HttpResponse<String> none = get("provider/organisation.xhtml?id=" + mine.getId(), memberSession);
        assertTrue(none.body().contains("You do not act for a provider organisation."));
        assertFalse(none.body().contains(mine.getName()));
        for (String page : List.of("provider/organisation.xhtml", "provider/apply.xhtml", "provider/join.xhtml?token=" + aInvitationToken)) {
            assertTrue(isLogInRedirect(get(page, null)), page + " anonymously");
        }
        assertTrue(isLogInRedirect(post("provider/organisation.xhtml", "users=users&jakarta.faces.ViewState=x", null)));

        // another's invitation, opened and accepted by someone logged in with another address
        HttpResponse<String> join = get("provider/join.xhtml?token=" + aInvitationToken, bSession);
        assertEquals(200, join.statusCode());
        HttpResponse<String> accepted = post("provider/join.xhtml?token=" + aInvitationToken,
                "join=join&join%3Aaccept=&jakarta.faces.ViewState=" + enc(viewState(join.body())), bSession);
        assertTrue(accepted.body().contains("This invitation was sent to another address"), accepted.body());
        assertUnchanged();
    }

    // ---- helpers

    /** Nothing of the first organisation changed, and B and the member joined nothing of it. */
    private void assertUnchanged() throws Exception {
        assertEquals(List.of(a), team.members(mine.getId()).stream().map(TeamMember::getAccountId).toList());
        assertEquals(mine.getName(), read(() -> em.find(ProviderOrganisation.class, mine.getId()).getName()));
        assertEquals(theirs.getId(), applications.userOf(b).orElseThrow().getOrganisation().getId());
        assertTrue(applications.userOf(member).isEmpty());
        assertTrue(team.invitation(aInvitationToken).isUsable(), "the invitation is still open for its invitee");
    }

    private ProviderOrganisation approved(long applicant, String name, long administrator) {
        ProviderOrganisation organisation = applications.apply(ProviderForms.valid(areas, name), applicant);
        return vetting.approve(organisation.getId(), EnumSet.allOf(VettingCheck.class), organisation.getVersion(), administrator);
    }

    private String mailedToken(String recipient) throws Exception {
        String body = read(() -> em.createQuery("SELECT m.body FROM OutboundMail m WHERE m.recipient = :r ORDER BY m.id DESC", String.class)
                .setParameter("r", recipient).setMaxResults(1).getSingleResult());
        Matcher matcher = TOKEN.matcher(body);
        assertTrue(matcher.find(), body);
        return matcher.group(1);
    }

    private String logIn(String email) throws Exception {
        HttpResponse<String> answer = post("login.xhtml", "login=login&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=stateless", null);
        assertEquals(302, answer.statusCode(), answer.body());
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (session != null) {
            request.header("Cookie", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Origin", "http://127.0.0.1:" + runnerRequest.getLocalPort())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (session != null) {
            request.header("Cookie", session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isLogInRedirect(HttpResponse<String> answer) {
        return answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml");
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertTrue(matcher.find(), "no view state in the page");
        return matcher.group(1);
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/";
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@town.example.org";
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }
}
