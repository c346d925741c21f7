package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.civicportal.db.DatabaseMigration;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.mail.OutboxQueries;
import org.civicportal.testing.HttpLogIn;
import org.civicportal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts inside the running portal, against MariaDB: sign-up, confirmation, reset, throttling
 * (shared by every node: a second throttle over the same database stands in for another node),
 * stored password hashes and the schema the migrations built; and log-in sessions over real HTTP,
 * which end on their next request wherever the change that ended them was made.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%-]+)");
    private static final String GOOD_PASSWORD = "harbor lights at dusk";
    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(AccountServiceIT.class, HttpLogIn.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    LoginService login;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountAdministration administration;

    @Inject
    OutboxQueries outbox;

    @Inject
    AccountRoles accountRoles;

    /** The request the test runs in, inside the portal: it tells the portal's address. */
    @Inject
    HttpServletRequest runnerRequest;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource(lookup = DatabaseMigration.STANDALONE_DATA_SOURCE)
    DataSource standaloneDataSource;

    @Inject
    LoginThrottle throttle;

    @Inject
    DatabaseLoginBuckets sharedBuckets;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    @Test
    void migrationsBuiltTheSchemaOnMariaDb() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet version = statement.executeQuery("SELECT VERSION()")) {
                version.next();
                assertTrue(version.getString(1).contains("MariaDB"), version.getString(1));
            }
            try (ResultSet history = statement.executeQuery(
                    "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
                assertTrue(history.next(), "at least one migration recorded");
                assertEquals("1", history.getString("version"));
                assertTrue(history.getBoolean("success"));
            }
        }
    }

    @Test
    void signUpStoresAnArgon2idHashWithAsvsParametersAndMailsALink() {
        String email = uniqueEmail();
        accounts.signUp(signUp(email, GOOD_PASSWORD), client());

        Account account = find(email).orElseThrow();
        assertTrue(account.getPasswordHash().startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), account.getPasswordHash());
        assertFalse(account.getPasswordHash().contains(GOOD_PASSWORD));
        assertEquals(Set.of(Role.MEMBER), account.getRoles());
        assertFalse(account.isEmailVerified());
        assertEquals(PositionType.CAO, account.getPositionType());
        assertEquals(9_800, account.getJurisdiction().getPopulation());
        assertNotNull(tokenMailedTo(email));
    }

    @Test
    void aSecondSignUpWithAnyCaseOrUnicodeFormOfAnAddressGetsTheSameAnswerAndMailsTheOwnerInstead() throws Exception {
        String email = "zo\u00eb-" + UUID.randomUUID().toString().substring(0, 8) + "@town.example.org";
        accounts.signUp(signUp(email, GOOD_PASSWORD), client());
        long before = accountCount();

        // upper case, and "e" + combining diaeresis instead of the composed letter
        String variant = " " + email.replace("zo\u00eb", "ZOE\u0308").toUpperCase(java.util.Locale.ROOT) + " ";
        accounts.signUp(signUp(variant, "another fine passphrase"), client());

        assertEquals(before, accountCount(), "no second account");
        assertEquals(1, mailsTo(email, "Someone tried to sign up"));
        assertEquals(1, mailsTo(email, "Confirm your email"), "no new link for the stranger");
    }

    @Test
    void everyMissingOrMalformedFieldGetsItsOwnMessageAndNothingIsSaved() {
        long before = accountCount();
        SignUp empty = new SignUp();
        empty.setEmail("not-an-address");
        empty.getJurisdiction().setPopulation(0);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> accounts.signUp(empty, client()));

        assertEquals(SignUp.MALFORMED_EMAIL, refused.problems().get("email"));
        assertEquals("Enter your full name.", refused.problems().get("fullName"));
        assertEquals("The population must be at least 1.", refused.problems().get("jurisdiction.population"));
        assertTrue(refused.problems().keySet().containsAll(List.of("jurisdiction.name", "jurisdiction.region",
                "jurisdiction.country", "positionTitle", "positionType")), refused.problems().toString());
        assertEquals(before, accountCount());
    }

    @Test
    void shortAndCommonPasswordsAreRefusedWithPlainMessages() {
        String email = uniqueEmail();
        InvalidInputException tooShort = assertThrows(InvalidInputException.class,
                () -> accounts.signUp(signUp(email, "seven77"), client()));
        assertTrue(tooShort.problems().get("password").contains("at least 8"), tooShort.problems().toString());

        InvalidInputException common = assertThrows(InvalidInputException.class,
                () -> accounts.signUp(signUp(email, "Password123"), client()));
        assertTrue(common.problems().get("password").contains("too common"), common.problems().toString());

        assertTrue(find(email).isEmpty(), "nothing half-saved");
    }

    @Test
    void anUnconfirmedAccountCannotLogInAndTheLinkWorksOnce() {
        String email = uniqueEmail();
        accounts.signUp(signUp(email, GOOD_PASSWORD), client());
        assertEquals(LoginOutcome.Status.UNVERIFIED, login.logIn(email, GOOD_PASSWORD, "10.0.0.1").status());

        String token = tokenMailedTo(email);
        assertEquals(email, accounts.confirmEmail(token));
        TokenRejectedException reused = assertThrows(TokenRejectedException.class, () -> accounts.confirmEmail(token));
        assertEquals(TokenProblem.ALREADY_CONFIRMED, reused.problem(), "the address is confirmed: nothing to ask a new link for");
        assertTrue(reused.getMessage().contains("already confirmed") && reused.getMessage().contains("log in"), reused.getMessage());

        LoginOutcome outcome = login.logIn(email, GOOD_PASSWORD, "10.0.0.1");
        assertEquals(LoginOutcome.Status.SUCCESS, outcome.status());
        assertEquals(Set.of("MEMBER"), outcome.roles());
    }

    @Test
    void anExpiredOrUnknownLinkIsRefused() throws Exception {
        String email = uniqueEmail();
        accounts.signUp(signUp(email, GOOD_PASSWORD), client());
        String token = "expired-" + UUID.randomUUID();
        transaction.begin();
        Account account = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
        Instant longAgo = Instant.now().minus(TokenPurpose.VERIFY_EMAIL.lifetime()).minus(Duration.ofMinutes(1));
        em.persist(new AccountToken(account, TokenPurpose.VERIFY_EMAIL, new SecureTokens().digest(token), longAgo));
        transaction.commit();

        assertEquals(TokenProblem.EXPIRED,
                assertThrows(TokenRejectedException.class, () -> accounts.confirmEmail(token)).problem());
        assertEquals(TokenProblem.UNKNOWN,
                assertThrows(TokenRejectedException.class, () -> accounts.confirmEmail("no-such-token")).problem());

        // once the address is confirmed with the fresh link, the old one says so instead of offering a new link
        accounts.confirmEmail(tokenMailedTo(email));
        assertEquals(TokenProblem.ALREADY_CONFIRMED,
                assertThrows(TokenRejectedException.class, () -> accounts.confirmEmail(token)).problem());
    }

    @Test
    void everyWrongFieldAndTheWeakPasswordAreReportedTogether() throws Exception {
        long before = accountCount();
        SignUp form = signUp("not-an-address", "password1");
        form.getJurisdiction().setName(null);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> accounts.signUp(form, client()));

        assertEquals(Set.of("email", "password", "jurisdiction.name"), refused.problems().keySet(), refused.problems().toString());
        assertEquals(SignUp.MALFORMED_EMAIL, refused.problems().get("email"));
        assertTrue(refused.problems().get("password").contains("too common"), refused.problems().get("password"));
        assertEquals(before, accountCount(), "nothing saved");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
        String email = confirmedAccount();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(LoginOutcome.Status.INVALID, login.logIn(email, "wrong password " + attempt, "10.0.0.2").status());
        }
        LoginOutcome throttled = login.logIn(email, GOOD_PASSWORD, "10.0.0.2");
        assertEquals(LoginOutcome.Status.THROTTLED, throttled.status());
        assertTrue(throttled.retryAfter().compareTo(Duration.ZERO) > 0);
        assertTrue(throttled.retryAfter().compareTo(Duration.ofMinutes(15)) <= 0);
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        String email = confirmedAccount();
        LoginOutcome wrongPassword = login.logIn(email, "not the password", "10.0.0.3");
        LoginOutcome unknownEmail = login.logIn(uniqueEmail(), "not the password", "10.0.0.3");
        assertEquals(wrongPassword.status(), unknownEmail.status());
        assertEquals(wrongPassword.message(), unknownEmail.message());
    }

    @Test
    void aPasswordResetLinkSetsANewPasswordOnce() {
        String email = confirmedAccount();
        accounts.requestPasswordReset(email, client());
        String token = tokenMailedTo(email);

        InvalidInputException weak = assertThrows(InvalidInputException.class, () -> accounts.resetPassword(token, "qwerty123"));
        assertTrue(weak.problems().containsKey("password"));

        accounts.resetPassword(token, "a brand new passphrase");
        assertEquals(LoginOutcome.Status.SUCCESS, login.logIn(email, "a brand new passphrase", "10.0.0.4").status());
        assertEquals(LoginOutcome.Status.INVALID, login.logIn(email, GOOD_PASSWORD, "10.0.0.4").status());
        assertEquals(TokenProblem.ALREADY_USED, assertThrows(TokenRejectedException.class,
                () -> accounts.resetPassword(token, "yet another passphrase")).problem());
    }

    @Test
    void theEmailColumnComparesExactlyAsTheJavaRuleDoes() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet column = statement.executeQuery("SELECT collation_name FROM information_schema.columns"
                     + " WHERE table_schema = DATABASE() AND table_name = 'account' AND column_name = 'email'")) {
            assertTrue(column.next());
            assertEquals("utf8mb4_bin", column.getString(1));
        }
        String email = confirmedAccount();
        String accented = email.replace("example", "ex\u00e1mple"); // MariaDB's default collation finds the account by it
        assertTrue(find(accented).isEmpty(), "an accented spelling is another address");
        assertEquals(LoginOutcome.Status.INVALID, login.logIn(accented, GOOD_PASSWORD, "10.1.0.1").status(),
                "the right password does not log in through an accented spelling");
    }

    @Test
    void everySpellingOfAnAddressDrawsOnTheAccountsOneAllowance() throws Exception {
        String email = "zo\u00eb-" + UUID.randomUUID().toString().substring(0, 8) + "@town.example.org";
        transaction.begin();
        Account account = new Account(signUp(email, GOOD_PASSWORD), hasher.hash(GOOD_PASSWORD), Instant.now());
        account.confirmEmail(Instant.now());
        em.persist(account);
        transaction.commit();
        String decomposed = email.replace("\u00eb", "e\u0308");
        List<String> spellings = List.of(email.toUpperCase(java.util.Locale.ROOT), decomposed, " " + email + " ",
                decomposed.toUpperCase(java.util.Locale.ROOT), "\t" + email.replace("zo", "Zo"));
        for (int i = 0; i < spellings.size(); i++) {
            // each from another network, so only the account's allowance can stop the next one
            assertEquals(LoginOutcome.Status.INVALID, login.logIn(spellings.get(i), "wrong password " + i, "10.2.0." + (i + 1)).status());
        }
        assertEquals(LoginOutcome.Status.THROTTLED, login.logIn(email, GOOD_PASSWORD, "10.2.1.1").status());
    }

    @Test
    void signUpIsLimitedPerNetworkBeforeAnyPasswordIsHashed() {
        String network = "10.3.0.7";
        for (int i = 0; i < MailThrottle.Limits.defaults().requestsPerAddress(); i++) {
            accounts.signUp(signUp(uniqueEmail(), GOOD_PASSWORD), network);
        }
        long before = accountCount();
        String email = uniqueEmail();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> accounts.signUp(signUp(email, GOOD_PASSWORD), network));
        assertTrue(refused.problems().get("form").startsWith("Too many requests from your network."), refused.problems().toString());
        assertEquals(before, accountCount());
        accounts.signUp(signUp(email, GOOD_PASSWORD), "10.3.0.8");
        assertTrue(find(email).isPresent(), "another network is not affected");
    }

    @Test
    void resetRequestsAreLimitedPerNetworkAndEveryFormShareOneMailboxAllowance() {
        String network = "2001:db8:77:1::";
        for (int i = 0; i < MailThrottle.Limits.defaults().requestsPerAddress(); i++) {
            accounts.requestPasswordReset(uniqueEmail(), network + Integer.toHexString(i + 1));
        }
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> accounts.requestPasswordReset(uniqueEmail(), "2001:db8:77:1:abcd::1"));
        assertTrue(refused.problems().get("email").startsWith("Too many requests"), "the whole /64 is one network");

        // the mailbox: the confirmation link, then two notes to the owner, then nothing more
        String email = uniqueEmail();
        accounts.signUp(signUp(email, GOOD_PASSWORD), client());
        for (int i = 0; i < 4; i++) {
            accounts.signUp(signUp(email, GOOD_PASSWORD), client());
        }
        accounts.requestPasswordReset(email, client());
        accounts.resendConfirmation(email, client());
        assertEquals(1, mailsTo(email, "Confirm your email"));
        assertEquals(MailThrottle.Limits.defaults().mailsPerMailbox() - 1, mailsTo(email, "Someone tried to sign up"));
        assertEquals(0, mailsTo(email, "Reset your"));
    }

    @Test
    void administrationAndTheOutboxRefuseCallersWithoutTheAdminRole() {
        assertThrows(EJBAccessException.class, () -> administration.search("", 0, 10));
        assertThrows(EJBAccessException.class, () -> administration.disable(1L));
        assertThrows(EJBAccessException.class, () -> outbox.count(""));
    }

    // ---- the log-in throttle, shared by every node

    @Test
    void sixWrongPasswordsAlternatingBetweenTwoNodesTheSixthIsThrottled() {
        String email = confirmedAccount();
        LoginService otherNode = logInOnAnotherNode();
        for (int attempt = 1; attempt <= 5; attempt++) {
            LoginService node = attempt % 2 == 1 ? login : otherNode;
            // each from another network, so only the account's allowance can stop the sixth
            assertEquals(LoginOutcome.Status.INVALID, node.logIn(email, "wrong password " + attempt, "10.5.0." + attempt).status());
        }
        assertEquals(LoginOutcome.Status.THROTTLED, otherNode.logIn(email, GOOD_PASSWORD, "10.5.0.6").status());
        assertEquals(LoginOutcome.Status.THROTTLED, login.logIn(email, GOOD_PASSWORD, "10.5.0.7").status());
    }

    @Test
    void aSuccessOnOneNodeGivesTheAccountItsAllowanceBackOnTheOther() {
        String email = confirmedAccount();
        LoginService otherNode = logInOnAnotherNode();
        for (int attempt = 1; attempt <= 4; attempt++) {
            LoginService node = attempt % 2 == 1 ? login : otherNode;
            assertEquals(LoginOutcome.Status.INVALID, node.logIn(email, "wrong password " + attempt, "10.6.0.1").status());
        }
        assertEquals(LoginOutcome.Status.SUCCESS, otherNode.logIn(email, GOOD_PASSWORD, "10.6.0.1").status());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(LoginOutcome.Status.INVALID, login.logIn(email, "wrong again " + attempt, "10.6.0.1").status(), "attempt " + attempt);
        }
        assertEquals(LoginOutcome.Status.THROTTLED, otherNode.logIn(email, GOOD_PASSWORD, "10.6.0.1").status());
    }

    @Test
    void theThrottleHoldsNoRowLockWhileItsCallersTransactionGoesOn() throws Exception {
        long account = unusedAccountId();
        LoginThrottle otherNode = throttleOnAnotherNode();
        ExecutorService meanwhile = Executors.newSingleThreadExecutor(threads);
        transaction.begin();
        try {
            assertEquals(Optional.empty(), throttle.tryAttempt(account, "10.7.0.1"));
            // the caller's transaction is still open, as while LoginService hashes the password
            Future<Optional<Duration>> onTheOtherNode = meanwhile.submit(() -> otherNode.tryAttempt(account, "10.7.0.2"));
            assertEquals(Optional.empty(), onTheOtherNode.get(5, TimeUnit.SECONDS), "no wait for the first node's lock");
        } finally {
            transaction.rollback();
            meanwhile.shutdown();
        }
        // the caller's rollback took nothing back: the throttle's steps committed on their own
        for (int attempt = 3; attempt <= 5; attempt++) {
            assertEquals(Optional.empty(), throttle.tryAttempt(account, "10.7.0.3"), "attempt " + attempt);
        }
        assertTrue(otherNode.tryAttempt(account, "10.7.0.4").isPresent());
        try (Connection connection = standaloneDataSource.getConnection()) {
            assertTrue(connection.getAutoCommit(), "the pool gives its connections back in auto-commit, as Bucket4j's deletes expect");
        }
    }

    @Test
    void expiredBucketsAreDeletedAndTheOthersKept() throws Exception {
        String network = "10.11.0.1";
        throttle.tryAttempt(null, network);
        throttle.tryAttempt(null, "10.11.0.2");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE login_throttle_bucket SET expires_at = 0 WHERE bucket_key = 'network:" + network + "'");
        }

        assertTrue(sharedBuckets.removeExpired() >= 1);

        assertEquals(0, bucketRows("network:" + network));
        assertEquals(1, bucketRows("network:10.11.0.2"), "a bucket still refilling stays");
        assertEquals(Optional.empty(), throttle.addressWait(network), "no row is a full allowance");
    }

    @Test
    void manyAttemptsAtOnceOnTwoNodesLetExactlyTheAllowanceThrough() throws Exception {
        long account = unusedAccountId();
        LoginThrottle otherNode = throttleOnAnotherNode();
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LoginThrottle node = i % 2 == 0 ? throttle : otherNode;
            String network = "10.8.0." + (i % 20);
            attempts.add(() -> node.tryAttempt(account, network).isEmpty());
        }
        ExecutorService atOnce = Executors.newFixedThreadPool(8, threads);
        int allowed = 0;
        try {
            for (Future<Boolean> attempt : atOnce.invokeAll(attempts)) {
                allowed += attempt.get() ? 1 : 0;
            }
        } finally {
            atOnce.shutdown();
        }
        assertEquals(LoginThrottle.Limits.defaults().attemptsPerAccount(), allowed);
    }

    /** The log-in of another node: the same code, with a throttle of its own over the same database. */
    private LoginService logInOnAnotherNode() {
        LoginService otherNode = new LoginService();
        otherNode.em = em;
        otherNode.hasher = hasher;
        otherNode.clock = clock;
        otherNode.throttle = throttleOnAnotherNode();
        return otherNode;
    }

    private LoginThrottle throttleOnAnotherNode() {
        return new LoginThrottle(LoginThrottle.Limits.defaults(), new DatabaseLoginBuckets(standaloneDataSource, clock));
    }

    private long bucketRows(String key) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM login_throttle_bucket WHERE bucket_key = '" + key + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** An id no account has, so that the allowance is this test's alone. */
    private static long unusedAccountId() {
        return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    }

    // ---- log-in sessions, which any node may serve

    @Test
    void aSessionEndsOnItsNextRequestWhenAnotherNodeRaisedItsAccountsSessionsVersion() throws Exception {
        String email = confirmedAccount();
        String session = HttpLogIn.sessionOf(base(), email, GOOD_PASSWORD);
        assertEquals(200, get("account/profile.xhtml", session).statusCode());
        assertEquals(0, sessionsVersionOf(email));

        // all that a revocation on another node leaves for this one: the counter in the shared database
        transaction.begin();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement raise = connection.prepareStatement(
                     "UPDATE account SET sessions_version = sessions_version + 1 WHERE email = ?")) {
            raise.setString(1, email);
            assertEquals(1, raise.executeUpdate());
        }
        transaction.commit();

        HttpResponse<String> next = get("account/profile.xhtml", session);
        assertEquals(302, next.statusCode(), "no longer logged in");
        assertTrue(next.headers().firstValue("Location").orElse("").contains("login.xhtml?returnTo="), next.headers().map().toString());
        HttpResponse<String> publicPage = get("events/events.xhtml", session);
        assertFalse(publicPage.body().contains("Jordan Rivers"), "a public page shows no name either");
        String fresh = HttpLogIn.sessionOf(base(), email, GOOD_PASSWORD);
        assertEquals(200, get("account/profile.xhtml", fresh).statusCode(), "a new log-in opens under the new value");
    }

    @Test
    void aRoleChangeEndsTheSessionsWithNoNodeHoldingThemAndTheNextLogInActsWithTheNewRole() throws Exception {
        String email = confirmedAccount();
        long accountId = find(email).orElseThrow().getId();
        String session = HttpLogIn.sessionOf(base(), email, GOOD_PASSWORD);
        assertEquals(403, get("admin/events/events.xhtml", session).statusCode());

        // the change is made outside any HTTP request, as on another node: only the database tells this one
        transaction.begin();
        accountRoles.grant(accountId, Role.EDITOR, false);
        transaction.commit();

        assertEquals(1, sessionsVersionOf(email));
        assertEquals(302, get("account/profile.xhtml", session).statusCode(), "they log in again");
        String renewed = HttpLogIn.sessionOf(base(), email, GOOD_PASSWORD);
        assertEquals(200, get("admin/events/events.xhtml", renewed).statusCode(), "and act with the new role");
    }

    @Test
    void changingOnesOwnPasswordKeepsThatSessionAndEndsTheOthers() throws Exception {
        String email = confirmedAccount();
        String here = HttpLogIn.sessionOf(base(), email, GOOD_PASSWORD);
        String elsewhere = HttpLogIn.sessionOf(base(), email, GOOD_PASSWORD);
        HttpResponse<String> profile = get("account/profile.xhtml", here);
        assertEquals(200, profile.statusCode());

        HttpResponse<String> changed = post("account/profile.xhtml", here, "password=password"
                + "&password%3AcurrentPassword=" + enc(GOOD_PASSWORD) + "&password%3AnewPassword=" + enc("a fresh harbour passphrase")
                + "&password%3Achange=&jakarta.faces.ViewState=" + enc(HttpLogIn.viewState(profile.body())));
        assertTrue(changed.body().contains("Your password is changed."), changed.body());

        assertEquals(1, sessionsVersionOf(email));
        assertEquals(200, get("account/profile.xhtml", here).statusCode(), "the session that changed it goes on");
        assertEquals(302, get("account/profile.xhtml", elsewhere).statusCode(), "the other one ended");
    }

    // ---- helpers

    private URL base() throws Exception {
        return new URL("http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/");
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form sent as a browser sends it, with the Referer that cross-site checks ask for. */
    private HttpResponse<String> post(String path, String session, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "JSESSIONID=" + session).header("Referer", base() + path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int sessionsVersionOf(String email) {
        return em.createQuery("SELECT a.sessionsVersion FROM Account a WHERE a.email = :email", Integer.class)
                .setParameter("email", email).getSingleResult();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String confirmedAccount() {
        String email = uniqueEmail();
        accounts.signUp(signUp(email, GOOD_PASSWORD), client());
        accounts.confirmEmail(tokenMailedTo(email));
        return email;
    }

    /** The token of the newest link mailed to the address, read from the outbox table. */
    private String tokenMailedTo(String email) {
        List<String> bodies = em.createQuery("SELECT m.body FROM OutboundMail m WHERE m.recipient = :r ORDER BY m.id DESC", String.class)
                .setParameter("r", email)
                .getResultList();
        for (String body : bodies) {
            Matcher matcher = TOKEN.matcher(body);
            if (matcher.find()) {
                return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No link was mailed to " + email);
    }

    private java.util.Optional<Account> find(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getResultStream().findFirst();
    }

    private long mailsTo(String recipient, String subjectStart) {
        return em.createQuery("SELECT COUNT(m) FROM OutboundMail m WHERE m.recipient = :r AND m.subject LIKE :s", Long.class)
                .setParameter("r", recipient).setParameter("s", subjectStart + "%").getSingleResult();
    }

    /** A client address of its own for each request, so that the per-network limits stay out of the way. */
    private static String client() {
        int n = CLIENTS.incrementAndGet();
        return "10.200." + (n >> 8 & 255) + "." + (n & 255);
    }

    private long accountCount() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    static String uniqueEmail() {
        return "member-" + UUID.randomUUID().toString().substring(0, 8) + "@town.example.org";
    }

    static SignUp signUp(String email, String password) {
        SignUp signUp = new SignUp();
        signUp.setEmail(email);
        signUp.setPassword(password);
        signUp.setFullName("Jordan Rivers");
        signUp.setPositionTitle("Town Manager");
        signUp.setPositionType(PositionType.CAO);
        signUp.getJurisdiction().setName("Town of Millbrook");
        signUp.getJurisdiction().setRegion("NY");
        signUp.getJurisdiction().setCountry("US");
        signUp.getJurisdiction().setPopulation(9_800);
        return signUp;
    }
}
