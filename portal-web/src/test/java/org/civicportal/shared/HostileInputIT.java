package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicportal.account.AccountService;
import org.civicportal.account.LoginOutcome;
import org.civicportal.account.LoginService;
import org.civicportal.account.PositionType;
import org.civicportal.account.Role;
import org.civicportal.account.SignUp;
import org.civicportal.account.TokenRejectedException;
import org.civicportal.decision.Matrices;
import org.civicportal.decision.Invitations;
import org.civicportal.events.Audience;
import org.civicportal.events.EventDetails;
import org.civicportal.events.EventKind;
import org.civicportal.events.EventOrganising;
import org.civicportal.membership.CategoryChange;
import org.civicportal.membership.PaymentDetails;
import org.civicportal.membership.PaymentMethod;
import org.civicportal.membership.PeriodKind;
import org.civicportal.membership.ScheduleDraft;
import org.civicportal.testing.HostilePayloads;
import org.civicportal.testing.HostilePayloads.Payload;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.TestControlServlet;
import org.civicportal.testing.TestPeople;
import org.civicportal.testing.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile input, surface by surface: every payload of {@link HostilePayloads} in every field it
 * can reach, through the services inside the portal (against MariaDB) and over real HTTP. Each
 * gets a plain message or is kept exactly as typed; nothing is half-saved, nothing answers 500.
 * Over HTTP also: forms sent as GET change nothing, tampered view states answer 400, oversized
 * bodies are refused before they are read.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final String PASSWORD = "lanterns over the harbor";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(HostileInputIT.class, HostilePayloads.class, Payload.class, MovableClock.class,
                Transactions.class, TestPeople.class, TestControlServlet.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    LoginService login;

    @Inject
    Matrices matrices;

    @Inject
    Invitations invitations;

    @Inject
    EventOrganising organising;

    @Inject
    InputCheck inputCheck;

    @Inject
    TestPeople people;

    @Inject
    MovableClock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** The portal's address, for the tests that run as a client (in the portal there is none to inject). */
    private URL base;

    // ---- through the services, inside the portal

    @Test
    void signUpRefusesEveryHostileAddressAndFieldWithAMessageAndSavesNothing() throws Exception {
        long before = count("SELECT COUNT(a) FROM Account a");
        List<Executable> checks = new ArrayList<>();
        for (Payload payload : HostilePayloads.all()) {
            checks.add(() -> {
                InvalidInputException refused = refused(() -> accounts.signUp(signUp(payload.text()), nextClient()), payload);
                String message = refused.problems().get("email");
                assertTrue(EmailAddress.MALFORMED.equals(message) || "Enter your email address.".equals(message), payload + ": " + message);
            });
        }
        assertAll(checks);
        assertEquals(before, count("SELECT COUNT(a) FROM Account a"), "no account saved");

        Map<String, Integer> longest = Map.of("fullName", 200, "positionTitle", 200, "jurisdiction.name", 200,
                "jurisdiction.region", 100, "jurisdiction.country", 2);
        Map<String, BiConsumer<SignUp, String>> fields = new LinkedHashMap<>();
        fields.put("fullName", SignUp::setFullName);
        fields.put("positionTitle", SignUp::setPositionTitle);
        fields.put("jurisdiction.name", (form, text) -> form.getJurisdiction().setName(text));
        fields.put("jurisdiction.region", (form, text) -> form.getJurisdiction().setRegion(text));
        fields.put("jurisdiction.country", (form, text) -> form.getJurisdiction().setCountry(text));
        assertAll(fields.entrySet().stream().flatMap(field -> HostilePayloads.all().stream().map(payload -> (Executable) () -> {
            String email = uniqueEmail();
            SignUp form = signUp(email);
            field.getValue().accept(form, payload.text());
            boolean country = field.getKey().equals("jurisdiction.country");
            if (country || mustRefuse(payload, false, true, longest.get(field.getKey()))) {
                InvalidInputException refused = refused(() -> accounts.signUp(form, nextClient()), payload);
                assertTrue(refused.problems().containsKey(field.getKey()), payload + " in " + field.getKey() + ": " + refused.problems());
                assertEquals(0, count("SELECT COUNT(a) FROM Account a WHERE a.email = ?1", email), "nothing saved");
            } else {
                accounts.signUp(form, nextClient());
                assertEquals(1, count("SELECT COUNT(a) FROM Account a WHERE a.email = ?1", email), payload.name());
            }
        })));
    }

    @Test
    void logInWithHostileAddressesOrPasswordsNeverSucceedsNorFails() {
        people.create(uniqueEmail(), "Owen Hostile", PASSWORD, EnumSet.of(Role.MEMBER), false);
        List<Executable> checks = new ArrayList<>();
        for (Payload payload : HostilePayloads.all()) {
            checks.add(() -> assertFalse(login.logIn(payload.text(), PASSWORD, "198.51.100." + Math.abs(payload.hashCode() % 250)).succeeded(),
                    payload.name()));
            checks.add(() -> {
                LoginOutcome outcome = login.logIn("nobody-" + UUID.randomUUID() + "@town.example.org", payload.text(), "203.0.113.9");
                assertFalse(outcome.succeeded(), payload.name());
                assertFalse(outcome.message().isBlank(), payload.name());
            });
        }
        assertAll(checks);
    }

    @Test
    void passwordResetWithHostileAddressesTokensAndPasswordsMailsNothingAndChangesNothing() throws Exception {
        String email = uniqueEmail();
        people.create(email, "Pia Reset", PASSWORD, EnumSet.of(Role.MEMBER), false);
        long mailsBefore = count("SELECT COUNT(m) FROM OutboundMail m");
        List<Executable> checks = new ArrayList<>();
        for (Payload payload : HostilePayloads.all()) {
            checks.add(() -> accounts.requestPasswordReset(payload.text(), nextClient()));
            checks.add(() -> {
                try {
                    accounts.resetPassword(payload.text(), "a brand new passphrase");
                    fail("a hostile token reset a password: " + payload);
                } catch (TokenRejectedException | InvalidInputException expected) {
                    // refused: a link that is not one of ours
                }
            });
        }
        assertAll(checks);
        assertEquals(mailsBefore, count("SELECT COUNT(m) FROM OutboundMail m"), "no mail for a hostile address");
        assertTrue(login.logIn(email, PASSWORD, "192.0.2.77").succeeded(), "the password did not change");

        accounts.requestPasswordReset(email, nextClient());
        String token = tokenMailedTo(email);
        // too short, too long or empty: the password rules refuse them and the link stays unused
        assertAll(HostilePayloads.all().stream().filter(p -> p.text().strip().length() < 8 || p.text().codePointCount(0, p.text().length()) > 128)
                .map(payload -> (Executable) () -> {
            InvalidInputException refused = refused(() -> accounts.resetPassword(token, payload.text()), payload);
            assertTrue(refused.problems().containsKey("password"), payload + ": " + refused.problems());
        }));
        assertTrue(login.logIn(email, PASSWORD, "192.0.2.78").succeeded(), "still the old password");
    }

    @Test
    void invitationsRefuseHostileAddressesAndNamesAndSaveNoParticipant() throws Exception {
        long owner = people.person("Quinn Owner", EnumSet.of(Role.MEMBER), true);
        long matrixId = matrices.create(owner, "Shared animal control", null).getId();
        assertAll(HostilePayloads.all().stream().map(payload -> (Executable) () -> {
            InvalidInputException refused = refused(() -> invitations.invite(owner, matrixId, "Jo Park", payload.text()), payload);
            assertTrue(refused.problems().containsKey("inviteEmail"), payload + ": " + refused.problems());
        }));
        // a name that is blank, too long, or carries control characters or broken Unicode is refused by the service itself
        assertAll(HostilePayloads.all().stream().filter(p -> p.text().strip().isEmpty() || p.text().length() > 100
                        || !CleanText.Check.isClean(p.text().strip(), false))
                .map(payload -> (Executable) () -> refused(
                        () -> invitations.invite(owner, matrixId, payload.text(), uniqueEmail()), payload)));
        assertEquals(0, count("SELECT COUNT(p) FROM MatrixParticipant p WHERE p.matrix.id = ?1", matrixId), "nobody invited");
    }

    @Test
    void anAttendanceFileOfHostileTextMarksNobody() throws Exception {
        clock.setInstant(Instant.parse("2027-01-05T12:00:00Z"));
        EventDetails details = forum();
        long eventId = organising.create(details).getId();
        organising.publish(eventId);
        clock.setInstant(Instant.parse("2027-02-11T12:00:00Z"));
        List<Executable> checks = new ArrayList<>();
        for (Payload payload : HostilePayloads.all()) {
            for (String file : List.of(payload.text(), "Name,Email\r\nX," + payload.text() + "\r\n", "\"" + payload.text())) {
                checks.add(() -> {
                    try {
                        EventOrganising.AttendanceImport result = organising.importAttendance(eventId, new StringReader(file));
                        assertEquals(0, result.marked(), payload.name());
                    } catch (InvalidInputException refused) {
                        assertFalse(refused.problems().getOrDefault("file", "").isBlank(), payload + ": " + refused.problems());
                    }
                });
            }
        }
        assertAll(checks);
        for (long id : List.of(-1L, 0L, Long.MIN_VALUE, Long.MAX_VALUE)) {
            assertEquals("This event does not exist.", refused(() -> organising.importAttendance(id, new StringReader("a@b.org")),
                    new Payload("event id " + id, "", false)).getMessage());
        }
        assertEquals(0, count("SELECT COUNT(r) FROM Registration r WHERE r.attended = TRUE AND r.event.id = ?1", eventId));
    }

    @Test
    void theEventFormRefusesHostileTextAndIdsAndSavesNothing() throws Exception {
        clock.setInstant(Instant.parse("2027-01-05T12:00:00Z"));
        Map<String, BiConsumer<EventDetails, String>> fields = new LinkedHashMap<>();
        fields.put("title", EventDetails::setTitle);
        fields.put("speakers", EventDetails::setSpeakers);
        fields.put("topic", EventDetails::setTopic);
        fields.put("venue", EventDetails::setVenue);
        fields.put("room", EventDetails::setRoom);
        fields.put("zoneId", EventDetails::setZoneId);
        fields.put("joinUrl", EventDetails::setJoinUrl);
        fields.put("recordingUrl", EventDetails::setRecordingUrl);
        // the forum is held in a room, so its venue is required too
        Set<String> required = Set.of("title", "speakers", "zoneId", "venue");
        Map<String, Integer> longest = Map.of("title", 200, "speakers", 500, "topic", 100, "venue", 200, "room", 100);
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, BiConsumer<EventDetails, String>> field : fields.entrySet()) {
            for (Payload payload : HostilePayloads.all()) {
                checks.add(() -> {
                    EventDetails details = forum();
                    field.getValue().accept(details, payload.text());
                    boolean refuse = field.getKey().equals("zoneId") || field.getKey().endsWith("Url")
                            ? !payload.text().strip().isEmpty() || required.contains(field.getKey())
                            : mustRefuse(payload, field.getKey().equals("speakers"), required.contains(field.getKey()), longest.get(field.getKey()));
                    long before = count("SELECT COUNT(e) FROM Event e");
                    if (refuse) {
                        InvalidInputException refused = refused(() -> organising.create(details), payload);
                        assertTrue(refused.problems().containsKey(field.getKey()), payload + " in " + field.getKey() + ": " + refused.problems());
                        assertEquals(before, count("SELECT COUNT(e) FROM Event e"), "nothing saved");
                    } else {
                        organising.create(details);
                        assertEquals(before + 1, count("SELECT COUNT(e) FROM Event e"), payload.name());
                    }
                });
            }
        }
        assertAll(checks);
        for (long id : List.of(-1L, 0L, Long.MIN_VALUE)) {
            refused(() -> organising.update(id, forum()), new Payload("update " + id, "", false));
            refused(() -> organising.publish(id), new Payload("publish " + id, "", false));
            refused(() -> organising.cancel(id), new Payload("cancel " + id, "", false));
        }
    }

    @Test
    void theMembershipFormsRefuseHostileTextBeforeAnythingIsSaved() {
        List<Executable> checks = new ArrayList<>();
        for (Payload payload : HostilePayloads.all()) {
            String code = payload.text().strip().toUpperCase(Locale.ROOT);
            boolean threeLetters = code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
            checks.add(() -> expectProblem(category(c -> c.setName(payload.text())), "name", payload, mustRefuse(payload, false, true, 100)));
            checks.add(() -> expectProblem(category(c -> c.setDescription(payload.text())), "description", payload,
                    mustRefuse(payload, true, true, 500)));
            checks.add(() -> expectProblem(category(c -> c.setLateJoinersFrom(payload.text())), "lateJoinersFrom", payload,
                    !payload.text().isBlank()));
            checks.add(() -> expectProblem(schedule(d -> d.setName(payload.text())), "name", payload, mustRefuse(payload, false, true, 100)));
            checks.add(() -> expectProblem(schedule(d -> d.setCurrency(payload.text())), "currency", payload, !threeLetters));
            checks.add(() -> expectProblem(payment(p -> p.setReference(payload.text())), "reference", payload, mustRefuse(payload, false, true, 100)));
        }
        assertAll(checks);
    }

    // ---- over real HTTP

    @Test
    @RunAsClient
    void formsSentAsGetChangeNothing(@ArquillianResource URL portal) throws Exception {
        base = portal;
        TestControlServlet.call(base, "clock=" + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String email = uniqueEmail();
        TestControlServlet.call(base, "account=" + enc(email) + "&name=Rae%20Victim&password=" + enc(PASSWORD) + "&roles=MEMBER");
        long eventId = Long.parseLong(TestControlServlet.call(base, "startsAt=" + Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                + "&title=Hostile%20GET%20webinar&capacity=5"));
        String stranger = uniqueEmail();
        long mailsBefore = sql("SELECT COUNT(*) FROM outbound_mail");

        Map<String, String> attempts = new LinkedHashMap<>();
        attempts.put("log-in", "login.xhtml?login=login&login:email=" + enc(email) + "&login:password=" + enc(PASSWORD) + "&login:submit=");
        attempts.put("sign-up", "signup.xhtml?signup=signup&signup:fullName=Mallory&signup:email=" + enc(stranger)
                + "&signup:password=" + enc(PASSWORD) + "&signup:name=Town&signup:region=OR&signup:country=US&signup:population=100"
                + "&signup:positionTitle=Clerk&signup:positionType=CAO&signup:submit=");
        attempts.put("forgot password", "account/forgot-password.xhtml?forgot=forgot&forgot:email=" + enc(email) + "&forgot:submit=");
        attempts.put("confirm email", "account/verify.xhtml?token=abc&confirm=confirm&confirm:submit=");
        attempts.put("resend confirmation", "account/verify.xhtml?token=abc&resend=resend&resend:email=" + enc(email) + "&resend:submit=");
        attempts.put("reset password", "account/reset-password.xhtml?token=abc&reset=reset&reset:password=" + enc("a new passphrase!")
                + "&reset:submit=");
        attempts.put("register", "events/event.xhtml?id=" + eventId + "&registration=registration&registration:register=");
        attempts.put("participate", "decision/participate.xhtml?token=abc&invitation=invitation&invitation:start=");

        String session = logIn(email);
        for (Map.Entry<String, String> attempt : attempts.entrySet()) {
            for (String state : List.of("&jakarta.faces.ViewState=stateless", "&jakarta.faces.ViewState=1:2",
                    "&jakarta.faces.partial.ajax=true&jakarta.faces.source=x", "&jakarta%2Efaces%2EViewState=stateless")) {
                for (String method : List.of("GET", "HEAD", "PUT", "DELETE")) {
                    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + attempt.getValue() + state))
                            .header("Cookie", session).method(method, HttpRequest.BodyPublishers.noBody()));
                    // a PUT or DELETE may meet the cross-site check first (403): refused either way
                    assertTrue(answer.statusCode() == 400 || (answer.statusCode() == 403 && !method.equals("GET") && !method.equals("HEAD")),
                            method + " " + attempt.getKey() + state + ": " + answer.statusCode());
                    assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), attempt.getKey() + " set a cookie");
                }
                HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(base + attempt.getValue() + state)));
                assertEquals(400, anonymous.statusCode(), attempt.getKey());
                assertTrue(anonymous.headers().allValues("Set-Cookie").isEmpty(), attempt.getKey() + ": a log-in through a link");
            }
        }
        assertEquals(0, sql("SELECT COUNT(*) FROM account WHERE email = ?", stranger), "no account made");
        assertEquals(0, sql("SELECT COUNT(*) FROM registration WHERE event_id = ?", eventId), "no registration made");
        assertEquals(mailsBefore, sql("SELECT COUNT(*) FROM outbound_mail"), "no mail sent");

        // the same form as a POST from the portal's own page does act: the checks above can fail
        HttpResponse<String> posted = post("events/event.xhtml", "id=" + eventId + "&registration=registration&registration%3Aregister="
                + "&jakarta.faces.ViewState=stateless", session);
        assertTrue(posted.statusCode() == 200 || posted.statusCode() == 302 || posted.statusCode() == 303, posted.body());
        assertEquals(1, sql("SELECT COUNT(*) FROM registration WHERE event_id = ?", eventId), "a POST registers");
    }

    @Test
    @RunAsClient
    void aTamperedViewStateIsA400WithTheExpiredPage(@ArquillianResource URL portal) throws Exception {
        base = portal;
        String email = uniqueEmail();
        TestControlServlet.call(base, "account=" + enc(email) + "&name=Sal%20Tamper&password=" + enc(PASSWORD) + "&roles=MEMBER");
        String session = logIn(email);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "account/profile.xhtml")).header("Cookie", session));
        assertEquals(200, page.statusCode());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find(), "a stateful form");
        String real = state.group(1);
        for (String tampered : List.of("garbage", "stateless", "-1:-1", "123456789:987654321", real + "0", "x".repeat(10_000),
                real.replace(':', '%'), "")) {
            HttpResponse<String> answer = post("account/profile.xhtml", "details=details&details%3AfullName=Sal&details%3Asave="
                    + "&jakarta.faces.ViewState=" + enc(tampered), session);
            assertEquals(400, answer.statusCode(), tampered.length() > 40 ? tampered.substring(0, 40) : tampered);
            assertTrue(answer.body().contains("This page has expired"), answer.body());
        }
    }

    @Test
    @RunAsClient
    void lettersBeyondAsciiArriveAsTyped(@ArquillianResource URL portal) throws Exception {
        base = portal;
        // browsers send forms in the page's encoding (UTF-8) without naming it in the request
        HttpResponse<String> anonymous = post("login.xhtml", "login=login&login%3Aemail=" + enc("zoë@ångström.example")
                + "&login%3Apassword=" + enc("wrong") + "&login%3Asubmit=&jakarta.faces.ViewState=stateless", null);
        assertTrue(anonymous.body().contains("value=\"zoë@ångström.example\""), anonymous.body());

        String email = uniqueEmail();
        TestControlServlet.call(base, "account=" + enc(email) + "&name=Sal%20Ascii&password=" + enc(PASSWORD) + "&roles=MEMBER");
        String session = logIn(email);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "account/profile.xhtml")).header("Cookie", session));
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find(), "a stateful form");
        HttpResponse<String> loggedIn = post("account/profile.xhtml", "details=details&details%3AfullName=" + enc("Zoë Ñúñez-Łukasz")
                + "&details%3Asave=&jakarta.faces.ViewState=" + enc(state.group(1)), session);
        assertTrue(loggedIn.body().contains("Zoë Ñúñez-Łukasz"), loggedIn.body());
    }

    @Test
    @RunAsClient
    void oversizedOrUnmeasuredBodiesAreRefusedBeforeTheyAreRead(@ArquillianResource URL portal) throws Exception {
        base = portal;
        byte[] large = ("signup=signup&signup%3AfullName=" + "a".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(URI.create(base + "signup.xhtml")).header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofByteArray(large)));
        assertEquals(413, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("too large"), tooLarge.body());

        HttpRequest chunked = HttpRequest.newBuilder(URI.create(base + "signup.xhtml")).version(HttpClient.Version.HTTP_1_1)
                .header("Origin", origin()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("signup=signup".getBytes()))).build();
        HttpResponse<String> unmeasured = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(411, unmeasured.statusCode());
    }

    @Test
    @RunAsClient
    void theSignUpAndLogInPagesAnswerHostileInputWithMessagesNever500(@ArquillianResource URL portal) throws Exception {
        base = portal;
        long accountsBefore = sql("SELECT COUNT(*) FROM account");
        HttpResponse<String> megabyte = post("signup.xhtml", signUpForm(HostilePayloads.MEGABYTE_ADDRESS, "Mallory"), null);
        assertEquals(200, megabyte.statusCode());
        assertTrue(megabyte.body().contains(EmailAddress.MALFORMED), "the usual message");

        // the log-in form is throttled per client address (30 tries in 15 minutes): a few payloads only
        Set<String> logInPayloads = Set.of("1 MB address", "1 MB of letters", "10k letters", "2001 letters", "5000 accented", "3000 emoji",
                "overlong local part", "combining marks", "CRLF header", "NUL in address", "script tag", "SQL quote", "empty");
        List<Executable> checks = new ArrayList<>();
        for (Payload payload : HostilePayloads.all()) {
            checks.add(() -> {
                HttpResponse<String> answer = post("signup.xhtml", signUpForm(payload.text(), payload.text()), null);
                assertEquals(200, answer.statusCode(), payload.name());
                assertTrue(answer.body().contains(EmailAddress.MALFORMED) || answer.body().contains("Enter your email address."), payload.name());
                assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), payload.name());
            });
            checks.add(() -> {
                if (!logInPayloads.contains(payload.name())) {
                    return;
                }
                HttpResponse<String> answer = post("login.xhtml", "login=login&login%3Aemail=" + enc(payload.text()) + "&login%3Apassword="
                        + enc(payload.text()) + "&login%3Asubmit=&jakarta.faces.ViewState=stateless", null);
                assertEquals(200, answer.statusCode(), payload.name());
                assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), payload.name());
                assertTrue(answer.body().contains("message-error") || answer.body().contains("ui-message-error"), payload.name());
            });
        }
        for (String population : List.of("99999999999999999999", "-1", "1e309", "NaN", "0x10", "<b>1</b>", "1 000 000 000 000")) {
            checks.add(() -> {
                String form = signUpForm(uniqueEmail(), "Population Test").replace("signup%3Apopulation=100", "signup%3Apopulation=" + enc(population));
                HttpResponse<String> answer = post("signup.xhtml", form, null);
                assertEquals(200, answer.statusCode(), population);
                assertTrue(answer.body().contains("message-error") || answer.body().contains("ui-message-error"), population);
            });
        }
        assertAll(checks);
        assertEquals(accountsBefore, sql("SELECT COUNT(*) FROM account"), "nothing saved");
    }

    @Test
    @RunAsClient
    void hostileIdsAndTokensInLinksAreNeverA500(@ArquillianResource URL portal) throws Exception {
        base = portal;
        List<String> values = new ArrayList<>(List.of("-1", "0", "-9223372036854775808", "9223372036854775808",
                "99999999999999999999999", "1e309", "NaN", "0x10", "1;DROP TABLE event", "<script>alert(1)</script>", "%00", "%0d%0a",
                "%ff%fe", "%c0%ae%c0%ae", "..%2f..%2fetc%2fpasswd", "x".repeat(2_000)));
        List<Executable> checks = new ArrayList<>();
        for (String page : List.of("events/event.xhtml?id=", "events/calendar?id=", "events/events.xhtml?when=", "events/events.xhtml?kind=",
                "account/verify.xhtml?token=", "account/reset-password.xhtml?token=", "decision/participate.xhtml?token=")) {
            for (String value : values) {
                String encoded = value.startsWith("%") || value.contains("%2f") ? value : enc(value);
                checks.add(() -> {
                    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + page + encoded)));
                    assertTrue(answer.statusCode() < 500, page + encoded + " answered " + answer.statusCode());
                    assertFalse(answer.body().contains("<script>alert(1)</script>"), page + encoded + " echoed markup");
                });
            }
        }
        assertAll(checks);
    }

    // ---- helpers (in the portal)

    private InvalidInputException refused(Executable action, Payload payload) {
        try {
            action.execute();
        } catch (InvalidInputException refused) {
            assertFalse(refused.problems().isEmpty() && (refused.getMessage() == null || refused.getMessage().isBlank()), payload.name());
            refused.problems().values().forEach(message -> assertFalse(message.isBlank(), payload.name()));
            return refused;
        } catch (Throwable unexpected) {
            throw new AssertionError(payload + ": expected a plain refusal, got " + unexpected, unexpected);
        }
        throw new AssertionError(payload + " was accepted");
    }

    /** Payloads that differ from ordinary text only by line breaks or tabs, which a field of several lines keeps. */
    private static final Set<String> LINE_BREAKS_ONLY = Set.of("CRLF header", "CRLF cookie", "bare LF", "bare CR", "tab");

    /**
     * Whether a text field must refuse the payload: text longer than the field takes, a blank in a
     * required field, and whatever is not plausible text.
     */
    private static boolean mustRefuse(Payload payload, boolean multiLine, boolean required, int longest) {
        if (payload.text().strip().length() > longest) {
            return true;
        }
        if (payload.text().strip().isEmpty()) {
            return required;
        }
        if (multiLine && LINE_BREAKS_ONLY.contains(payload.name())) {
            return false;
        }
        return !payload.plausible();
    }

    private void expectProblem(Object form, String field, Payload payload, boolean mustRefuse) {
        try {
            inputCheck.valid(form);
            if (mustRefuse) {
                fail(payload + " accepted in " + field);
            }
        } catch (InvalidInputException refused) {
            assertTrue(refused.problems().containsKey(field), payload + " in " + field + ": " + refused.problems());
            assertEquals(1, refused.problems().size(), payload + " in " + field + ": " + refused.problems());
        }
    }

    private static CategoryChange category(Consumer<CategoryChange> change) {
        CategoryChange category = new CategoryChange();
        category.setName("Local government staff");
        category.setDescription("For people who work for a local government.");
        category.setPeriodKind(PeriodKind.CALENDAR_YEAR);
        category.setGraceDays(30);
        category.setRenewalOpensDays(60);
        category.setEligiblePositions(new ArrayList<>(List.of(PositionType.LOCAL_GOVERNMENT_STAFF)));
        change.accept(category);
        return category;
    }

    private static ScheduleDraft schedule(Consumer<ScheduleDraft> change) {
        ScheduleDraft draft = new ScheduleDraft();
        draft.setName("Dues 2028");
        draft.setEffectiveFrom(LocalDate.parse("2028-01-01"));
        change.accept(draft);
        return draft;
    }

    private static PaymentDetails payment(Consumer<PaymentDetails> change) {
        PaymentDetails payment = new PaymentDetails();
        payment.setAmount(new BigDecimal("395.00"));
        payment.setMethod(PaymentMethod.CHECK);
        payment.setReference("CHECK-1042");
        payment.setReceivedOn(LocalDate.parse("2027-01-05"));
        change.accept(payment);
        return payment;
    }

    private static EventDetails forum() {
        EventDetails details = new EventDetails();
        details.setKind(EventKind.CONFERENCE_SESSION);
        details.setTitle("Shared services forum");
        details.setSummary("A forum on choosing partners for public services.");
        details.setSpeakers("M. Chen; R. Alvarez");
        details.setZoneId("America/Chicago");
        details.setDay(LocalDate.parse("2027-02-10"));
        details.setStartTime(LocalTime.of(9, 0));
        details.setEndTime(LocalTime.of(10, 30));
        details.setOnline(false);
        details.setVenue("Convention Center");
        details.setAudience(Audience.EVERYONE);
        details.setCapacity(10);
        details.setOpensDay(LocalDate.parse("2027-01-01"));
        details.setClosesDay(LocalDate.parse("2027-02-09"));
        details.setCredits(new BigDecimal("1.5"));
        return details;
    }

    private static SignUp signUp(String email) {
        SignUp signUp = new SignUp();
        signUp.setEmail(email);
        signUp.setPassword(PASSWORD);
        signUp.setFullName("Tess Hostile");
        signUp.setPositionTitle("Town Clerk");
        signUp.setPositionType(PositionType.LOCAL_GOVERNMENT_STAFF);
        signUp.getJurisdiction().setName("Town of Millbrook");
        signUp.getJurisdiction().setRegion("NY");
        signUp.getJurisdiction().setCountry("US");
        signUp.getJurisdiction().setPopulation(9_800);
        return signUp;
    }

    private long count(String jpql, Object... parameters) throws Exception {
        return Transactions.read(transaction, () -> {
            var query = em.createQuery(jpql, Long.class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getSingleResult();
        });
    }

    private String tokenMailedTo(String email) throws Exception {
        String body = Transactions.read(transaction, () -> em.createQuery(
                "SELECT m.body FROM OutboundMail m WHERE m.recipient = :r ORDER BY m.id DESC", String.class)
                .setParameter("r", email).setMaxResults(1).getSingleResult());
        Matcher matcher = Pattern.compile("token=([A-Za-z0-9_%-]+)").matcher(body);
        assertTrue(matcher.find(), body);
        return java.net.URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private static String uniqueEmail() {
        return "hostile-" + UUID.randomUUID().toString().substring(0, 8) + "@town.example.org";
    }

    // ---- helpers (over HTTP, in the test JVM)

    // HTTP/1.1 as browsers speak it to a plain-HTTP site (no h2c upgrade)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Origin", origin())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (session != null) {
            request.header("Cookie", session);
        }
        return send(request);
    }

    /** Logs in through the form; returns the session cookie. */
    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A client address of its own for each call: sign-up and reset are limited per client network,
     * and this class makes hundreds of calls that must each meet the input checks, not the limit.
     */
    private static String nextClient() {
        int n = CLIENTS.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private String logIn(String email) throws Exception {
        HttpResponse<String> answer = post("login.xhtml", "login=login&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=stateless", null);
        assertEquals(302, answer.statusCode(), answer.body());
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getAuthority();
    }

    private static String signUpForm(String email, String name) {
        return "signup=signup&signup%3AfullName=" + enc(name) + "&signup%3Aemail=" + enc(email) + "&signup%3Apassword=" + enc(PASSWORD)
                + "&signup%3Aname=Town&signup%3Aregion=OR&signup%3Acountry=US&signup%3Apopulation=100&signup%3ApositionTitle=Clerk"
                + "&signup%3ApositionType=CAO&signup%3Asubmit=&jakarta.faces.ViewState=stateless";
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A count read straight from the test database. */
    private static long sql(String query, Object... parameters) throws Exception {
        try (Connection connection = DriverManager.getConnection(System.getProperty("test.db.url"), System.getProperty("test.db.user"),
                System.getProperty("test.db.password", ""));
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
