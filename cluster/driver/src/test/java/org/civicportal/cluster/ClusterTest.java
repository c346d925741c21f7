package org.civicportal.cluster;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal on two nodes behind nginx, as members and an administrator use it over HTTP, for what
 * a cluster must keep true: a member outlives the node they were on, seats are never given twice,
 * mail goes out once, the log-in throttle and a change of roles hold on every node, and a page
 * kept in one node's memory changes when another node changes what it shows.
 *
 * <p>The scenarios carry the numbers of the issue that asked for them; they run in another order,
 * the one that kills a node last, so that the others have both. The mail scenario's 100 messages
 * are queued first thing, so that the once-a-minute delivery run finds them while the scenarios
 * before it run. cluster/test.sh starts the nodes, nginx and the database (with the members and
 * events of cluster/test-seed.sql); {@link Settings} says what the driver is told.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ScenarioReport.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ClusterTest {

    static final String RACE_EVENT = "Cluster test: fifty seats";
    static final String FAILOVER_EVENT = "Cluster test: failover";
    static final String KEPT_EVENT = "Cluster test: kept page";
    static final int SEATS = 50;
    static final int RACE_MEMBERS = 200;
    static final int OUTBOX_MAILS = 100;
    static final String OUTBOX_SUBJECT = "Cluster test mail ";

    /** Seeded members (bench/members/seed.sql): 1 to 200 race for seats, the others have a scenario each. */
    static final int FAILOVER_MEMBER = 201;
    static final int THROTTLED_MEMBER = 202;
    static final int MEMBER_WHOSE_ROLES_CHANGE = 203;

    private final Settings settings = Settings.fromSystemProperties();
    private final Database db = new Database(settings);
    private final Site nginx = Site.of(settings.nginx());
    private GreenMail smtp;
    private Instant outboxQueuedAt;

    @BeforeAll
    void startTheMailServerAndQueueMail() throws SQLException {
        ServerSetup setup = new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(30_000);
        smtp = new GreenMail(setup);
        smtp.start();
        queueMailInTheOutbox();
    }

    @AfterAll
    void stopTheMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    @DisplayName("4. six wrong passwords for one account, alternating between the nodes: the sixth is throttled")
    void theSixthWrongPasswordIsThrottledOnEitherNode() throws Exception {
        String email = member(THROTTLED_MEMBER);
        List<String> answers = new ArrayList<>();
        for (int attempt = 1; attempt <= 6; attempt++) {
            int node = attempt % 2 == 1 ? 1 : 2;
            Page answer = new Browser().logIn(direct(node), email, "not the password " + attempt);
            assertFalse(answer.loggedIn(), "a wrong password logged in: " + answer.summary());
            answers.add("attempt " + attempt + " on node " + node + ": " + answer.messages());
        }
        String all = String.join("\n", answers);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertTrue(answers.get(attempt - 1).contains("The email address or password is not right"),
                    "attempt " + attempt + " should be checked and refused:\n" + all);
        }
        assertTrue(answers.get(5).contains("Too many attempts"), "the sixth attempt should be throttled:\n" + all);
        ScenarioReport.figure("throttle: " + answers.get(5));
    }

    @Test
    @Order(2)
    @DisplayName("2. 200 registrations for 50 seats, 100 on each node, sent at once: exactly 50 seated, 150 waitlisted")
    void twoHundredRegistrationsForFiftySeats() throws Exception {
        long event = db.eventId(RACE_EVENT);
        String eventPage = "events/event.xhtml?id=" + event;
        List<Registrant> registrants = new ArrayList<>();
        for (int n = 1; n <= RACE_MEMBERS; n++) {
            registrants.add(new Registrant(member(n), n % 2 == 1 ? 1 : 2, new Browser()));
        }

        // each logs in and opens the event page on their node; a few at a time, as the log-in's hash is costly
        long loggingIn = System.nanoTime();
        List<Form> forms = inParallel(8, registrants, registrant -> {
            Site site = direct(registrant.node());
            Page in = registrant.browser().logIn(site, registrant.email(), settings.memberPassword());
            if (!in.loggedIn()) {
                throw new AssertionError(registrant.email() + " could not log in on node " + registrant.node() + ": " + in.summary());
            }
            Form form = registrant.browser().get(site, eventPage).form("registration");
            if (!form.hasButton("registration:register")) {
                throw new AssertionError(registrant.email() + " is offered no registration on node " + registrant.node());
            }
            return form;
        });
        double loginSeconds = secondsSince(loggingIn);

        // then all press "Register" at the same moment. Those the portal asks to try again in a
        // moment (503: no database connection came free in time) press it again, together, until
        // everyone has had an answer, as people would.
        Map<Integer, Page> answers = new TreeMap<>();
        List<Integer> toSend = new ArrayList<>();
        for (int i = 0; i < RACE_MEMBERS; i++) {
            toSend.add(i);
        }
        List<String> rounds = new ArrayList<>();
        long posted = System.nanoTime();
        for (int round = 1; !toSend.isEmpty() && round <= 10; round++) {
            if (round > 1) {
                Thread.sleep(2000);
            }
            Map<Integer, Page> got = allAtOnce(toSend, i -> registrants.get(i).browser()
                    .submit(direct(registrants.get(i).node()), forms.get(i), "registration:register"));
            answers.putAll(got);
            toSend = got.entrySet().stream().filter(entry -> isTryAgain(entry.getValue())).map(Map.Entry::getKey).toList();
            rounds.add(String.format(Locale.ROOT, "round %d: %d sent, %d asked to try again", round, got.size(), toSend.size()));
        }
        double postSeconds = secondsSince(posted);

        Map<String, Integer> outcomes = new TreeMap<>();
        int[] seatedOn = new int[3];
        for (Map.Entry<Integer, Page> entry : answers.entrySet()) {
            Page answer = entry.getValue();
            String outcome = answer.textOf("registered").orElse("no registration: " + answer.summary());
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome.equals("You are registered.")) {
                seatedOn[registrants.get(entry.getKey()).node()]++;
            }
        }
        ScenarioReport.figure(String.format(Locale.ROOT, "seats: 200 members logged in (100 per node) in %.1f s; their posts"
                + " answered in %.1f s (%s); seated through node 1: %d, node 2: %d; answers %s", loginSeconds, postSeconds,
                String.join(", ", rounds), seatedOn[1], seatedOn[2], outcomes));
        assertAll(
                () -> assertEquals(SEATS, outcomes.getOrDefault("You are registered.", 0), "seated, by the answers: " + outcomes),
                () -> assertEquals(RACE_MEMBERS - SEATS, outcomes.getOrDefault("You are on the waitlist.", 0),
                        "waitlisted, by the answers: " + outcomes),
                () -> assertEquals(SEATS, db.number("SELECT seats_taken FROM event WHERE id = ?", event), "event.seats_taken"),
                () -> assertEquals(SEATS, db.number("SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = 'REGISTERED'",
                        event), "registration rows with a seat"),
                () -> assertEquals(RACE_MEMBERS - SEATS, db.number(
                        "SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = 'WAITLISTED'", event),
                        "registration rows on the waitlist"),
                () -> assertEquals(RACE_MEMBERS, db.number("SELECT COUNT(*) FROM registration WHERE event_id = ?", event),
                        "registration rows"),
                () -> assertEquals(Optional.of("0 of " + SEATS + " left"), anonymous(1, eventPage).textOf("seats"), "seats on node 1's page"),
                () -> assertEquals(Optional.of("0 of " + SEATS + " left"), anonymous(2, eventPage).textOf("seats"), "seats on node 2's page"));
    }

    @Test
    @Order(3)
    @DisplayName("5. an administrator changes a member's roles on node 1: the member's session on node 2 ends")
    void aRoleChangeOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        String email = member(MEMBER_WHOSE_ROLES_CHANGE);
        long account = db.accountId(email);
        Browser member = new Browser();
        Page in = member.logIn(direct(2), email, settings.memberPassword());
        assertTrue(in.loggedIn(), "the member could not log in on node 2: " + in.summary());

        Browser administrator = logInAsAdministrator(1);
        Form roles = administrator.get(direct(1), "admin/account/account.xhtml?id=" + account).form("manage");
        assertEquals(Set.of("MEMBER", "EDITOR"), new HashSet<>(roles.values("manage:roles")), "the member's roles before");
        Page saved = administrator.submit(direct(1), roles.untick("manage:roles", "EDITOR"), "manage:saveRoles");
        assertTrue(saved.messages().contains("Roles saved"), "the roles were not saved: " + saved.summary());
        assertEquals("MEMBER", db.text("SELECT GROUP_CONCAT(role ORDER BY role) FROM account_role WHERE account_id = ?", account));

        Page next = member.get(direct(2), "account/dashboard.xhtml");
        ScenarioReport.figure("roles: the member's next request on node 2 after the change on node 1 was "
                + (next.loggedIn() ? "still logged in" : "logged out") + " (" + next.uri().getPath() + ")");
        assertFalse(next.loggedIn(), "the member is still logged in on node 2 after an administrator changed their roles on node 1: "
                + next.summary());
    }

    @Test
    @Order(4)
    @DisplayName("3. mail queued in the outbox and by registrations on both nodes, both nodes delivering: each message delivered exactly once")
    void everyMessageIsDeliveredExactlyOnce() throws Exception {
        // until nothing waits: no row pending, and every row being sent has reached the SMTP server
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (!waitingMail().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        // a message sent twice would arrive at about the time its row is settled
        Thread.sleep(3000);

        List<List<Object>> rows = db.rows("SELECT id, recipient, subject, status, attempts, last_error FROM outbound_mail ORDER BY id");
        Map<String, Long> receivedByKey = receivedByKey();
        // a row still being sent although its message arrived: the send was not recorded, and the
        // message goes out a second time when the claim ends
        List<String> unrecorded = rows.stream().filter(row -> "SENDING".equals(row.get(3))
                && receivedByKey.containsKey(row.get(1) + " | " + row.get(2))).map(row -> "#" + row.get(0)).toList();
        List<String> notSent = rows.stream().filter(row -> !"SENT".equals(row.get(3)) && !unrecorded.contains("#" + row.get(0)))
                .map(row -> "#" + row.get(0) + " to " + row.get(1) + ": " + row.get(3) + " after " + row.get(4) + " attempt(s)"
                        + (row.get(5) == null ? "" : " (" + row.get(5) + ")"))
                .toList();
        Set<String> rowKeys = rows.stream().map(row -> row.get(1) + " | " + row.get(2)).collect(Collectors.toSet());
        assertEquals(rows.size(), rowKeys.size(), "each row of the outbox is a message to one recipient with its own subject");

        MimeMessage[] received = smtp.getReceivedMessages();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : received) {
            messageIds.add(message.getMessageID());
        }
        List<String> twice = receivedByKey.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .map(entry -> entry.getKey() + " x" + entry.getValue()).toList();
        Set<String> missing = new HashSet<>(rowKeys);
        missing.removeAll(receivedByKey.keySet());
        Set<String> unknown = new HashSet<>(receivedByKey.keySet());
        unknown.removeAll(rowKeys);
        long outboxReceived = receivedByKey.keySet().stream().filter(key -> key.contains(" | " + OUTBOX_SUBJECT)).count();
        Object lastOutboxSent = db.rows("SELECT MAX(sent_at) FROM outbound_mail WHERE subject LIKE ?", OUTBOX_SUBJECT + "%").get(0).get(0);
        ScenarioReport.figure(String.format(Locale.ROOT, "mail: %d messages received for %d outbox rows (%d queued in the outbox"
                        + " table, the last of them sent %s after being queued; %d queued by the portal itself), %d distinct"
                        + " Message-IDs, %d delivered more than once, %d arrived but still marked as being sent, %d not sent",
                received.length, rows.size(), OUTBOX_MAILS, lastOutboxSent instanceof LocalDateTime sent
                        ? Duration.between(outboxQueuedAt, sent.atZone(ZoneId.systemDefault()).toInstant()).toSeconds() + " s" : "never",
                rows.size() - OUTBOX_MAILS, messageIds.size(), twice.size(), unrecorded.size(), notSent.size()));
        assertAll(
                () -> assertEquals(List.of(), unrecorded, "messages that arrived while their rows still say SENDING: the send was"
                        + " not recorded, so each goes out again when its claim ends (15 minutes); the nodes' logs say why"),
                () -> assertEquals(List.of(), notSent, "messages not sent"),
                () -> assertEquals(List.of(), twice, "messages delivered more than once"),
                () -> assertEquals(Set.of(), missing, "messages in the outbox that never arrived"),
                () -> assertEquals(Set.of(), unknown, "messages that arrived and are in no outbox row"),
                () -> assertEquals(rows.size(), received.length, "messages received"),
                () -> assertEquals(received.length, messageIds.size(), "distinct Message-IDs"),
                () -> assertEquals(OUTBOX_MAILS, outboxReceived, "messages of those queued in the outbox table"),
                () -> assertTrue(rows.size() >= OUTBOX_MAILS + RACE_MEMBERS, "the registrations' mails are among them: " + rows.size()));
    }

    /** The outbox rows still to be delivered: pending, or being sent and not arrived yet. */
    private List<String> waitingMail() throws SQLException, MessagingException {
        Map<String, Long> received = receivedByKey();
        return db.rows("SELECT recipient, subject, status FROM outbound_mail WHERE status IN ('PENDING', 'SENDING')").stream()
                .filter(row -> "PENDING".equals(row.get(2)) || !received.containsKey(row.get(0) + " | " + row.get(1)))
                .map(row -> row.get(0) + " | " + row.get(1)).toList();
    }

    /** How many times each message (recipient and subject) has arrived. */
    private Map<String, Long> receivedByKey() throws MessagingException {
        Map<String, Long> byKey = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            byKey.merge(keyOf(message), 1L, Long::sum);
        }
        return byKey;
    }

    @Test
    @Order(5)
    @DisplayName("6. an event page kept in memory on both nodes: after an edit on node 1 the next anonymous read on node 2 shows it")
    void aKeptPageChangesOnBothNodesAfterAnEdit() throws Exception {
        long event = db.eventId(KEPT_EVENT);
        String eventPage = "events/event.xhtml?id=" + event;
        // the administrator logs in and opens the edit form first: nothing they write may drop the kept pages later
        Browser administrator = logInAsAdministrator(1);
        Form edit = administrator.get(direct(1), "admin/events/edit.xhtml?id=" + event).form("event");

        // both nodes keep the page: the second anonymous read on each is served from memory. A write
        // in between (a scheduled job's) drops them, and the reads start again.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<String> tries = new ArrayList<>();
        boolean kept = false;
        while (!kept && System.nanoTime() < deadline) {
            anonymous(1, eventPage);
            anonymous(2, eventPage);
            Page again1 = anonymous(1, eventPage);
            Page again2 = anonymous(2, eventPage);
            kept = isHit(again1) && isHit(again2) && title(again1).equals(KEPT_EVENT) && title(again2).equals(KEPT_EVENT);
            tries.add("node 1 " + again1.header("X-Page-Cache").orElse("-") + ", node 2 " + again2.header("X-Page-Cache").orElse("-"));
        }
        assertTrue(kept, "the page was not kept on both nodes (second reads: " + tries + ")");

        String newTitle = KEPT_EVENT + ", edited";
        Page saved = administrator.submit(direct(1), edit.set("event:title", newTitle), "event:save");
        assertTrue(saved.error().isEmpty() && !saved.body().contains("message-error"), "the edit was refused: " + saved.summary());
        assertEquals(newTitle, db.text("SELECT title FROM event WHERE id = ?", event));

        Page next = anonymous(2, eventPage);
        String nextTitle = title(next);
        String source = next.header("X-Page-Cache").orElse("-");
        // for the report: how long node 2 went on serving the old page, if it did
        long changed = System.nanoTime();
        Page later = next;
        while (!title(later).equals(newTitle) && secondsSince(changed) < 10) {
            Thread.sleep(50);
            later = anonymous(2, eventPage);
        }
        ScenarioReport.figure(String.format(Locale.ROOT, "kept page: %d tries to have it kept on both; the next read on node 2 after"
                + " the edit on node 1 was a %s with the %s title%s", tries.size(), source, nextTitle.equals(newTitle) ? "new" : "old",
                nextTitle.equals(newTitle) ? "" : String.format(Locale.ROOT, " (new after %.2f s more: %s)", secondsSince(changed),
                        title(later).equals(newTitle))));
        assertEquals(newTitle, nextTitle, "node 2's next anonymous read after the edit on node 1");
        assertEquals(newTitle, title(anonymous(1, eventPage)), "node 1's next anonymous read after its own edit");
    }

    @Test
    @Order(6)
    @DisplayName("1. the node a member is on is killed (kill -9): through nginx they are still logged in, and their open form goes through")
    void aMemberOutlivesTheirNode() throws Exception {
        String email = member(FAILOVER_MEMBER);
        long event = db.eventId(FAILOVER_EVENT);
        String eventPage = "events/event.xhtml?id=" + event;
        // the member uses nginx's address; a sticky balancer would have kept them on node 1
        Site onNode1 = nginx.pinnedTo(settings.node1());
        Browser member = new Browser(Duration.ofSeconds(30));
        Page in = member.logIn(onNode1, email, settings.memberPassword());
        assertTrue(in.loggedIn(), "the member could not log in on node 1: " + in.summary());
        Form registration = member.get(onNode1, eventPage).form("registration");
        assertTrue(registration.hasButton("registration:register"), "the event page offers no registration");

        long pid = Long.parseLong(Files.readString(settings.pidFile(1)).trim());
        ProcessHandle node1 = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("node 1 (process " + pid + ") is not running"));
        long killedAt = System.nanoTime();
        assertTrue(node1.destroyForcibly(), "could not kill node 1"); // SIGKILL
        node1.onExit().get(30, TimeUnit.SECONDS);

        List<String> seen = new ArrayList<>();
        Page back = null;
        while (back == null && secondsSince(killedAt) < 120) {
            long asked = System.nanoTime();
            try {
                Page page = member.get(nginx, "account/dashboard.xhtml");
                seen.add(String.format(Locale.ROOT, "%s at %.1f s (%.1f s to answer)", page.loggedIn() ? "logged in" : page.summary(),
                        secondsSince(killedAt), secondsSince(asked)));
                if (page.loggedIn()) {
                    back = page;
                } else if (page.status() == 200 && page.error().isEmpty()) {
                    break; // a page as someone logged out: the session is lost
                }
            } catch (IOException noAnswer) {
                seen.add(String.format(Locale.ROOT, "no answer at %.1f s: %s", secondsSince(killedAt), noAnswer));
            }
            if (back == null) {
                Thread.sleep(200);
            }
        }
        double failover = secondsSince(killedAt);
        ScenarioReport.figure(String.format(Locale.ROOT, "failover: %.1f s from kill -9 of node 1 to the first page through nginx"
                + " that shows the member logged in; the member saw: %s", failover, String.join("; ", seen)));
        assertNotNull(back, "the member was not logged in again through nginx: " + seen);

        Page onNode2 = member.get(nginx.pinnedTo(settings.node2()), "account/dashboard.xhtml");
        assertTrue(onNode2.loggedIn(), "node 2 does not know the member's session: " + onNode2.summary());

        Page answer = member.submit(nginx, registration, "registration:register");
        assertEquals(Optional.of("You are registered."), answer.textOf("registered"),
                "the registration form loaded from node 1 before it died, sent through nginx: " + answer.summary());
        assertEquals(1, db.number("SELECT COUNT(*) FROM registration r JOIN account a ON a.id = r.account_id"
                + " WHERE r.event_id = ? AND a.email = ? AND r.status = 'REGISTERED'", event, email));
    }

    /** 100 messages written to the outbox as the portal's Mailer writes them when an SMTP server is set: waiting to be sent. */
    private void queueMailInTheOutbox() throws SQLException {
        outboxQueuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection connection = db.connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbound_mail (recipient, subject, body, status, attempts, created_at) VALUES (?, ?, ?, 'PENDING', 0, ?)")) {
            for (int n = 1; n <= OUTBOX_MAILS; n++) {
                insert.setString(1, "outbox-" + n + "@mail.example.org");
                insert.setString(2, OUTBOX_SUBJECT + n);
                insert.setString(3, "Message " + n + " of the cluster test, queued in the outbox while both nodes deliver.");
                insert.setTimestamp(4, Timestamp.from(outboxQueuedAt));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Browser logInAsAdministrator(int node) throws IOException, InterruptedException {
        Browser administrator = new Browser();
        Page in = administrator.logIn(direct(node), settings.adminEmail(), settings.adminPassword());
        assertTrue(in.loggedIn(), "the administrator could not log in on node " + node + ": " + in.summary());
        return administrator;
    }

    private Site direct(int node) {
        return Site.of(settings.node(node));
    }

    /** A page read by a visitor without a session, as the kept pages are served. */
    private Page anonymous(int node, String path) throws IOException, InterruptedException {
        Page page = new Browser().get(direct(node), path);
        if (page.status() != 200) {
            throw new AssertionError("node " + node + " answered " + page.summary());
        }
        return page;
    }

    /** The portal's "try again in a moment" answer: no database connection came free within its bounded wait. */
    private static boolean isTryAgain(Page page) {
        return page.status() == 503 && page.header("Retry-After").isPresent();
    }

    /** Each item's request, all sent at the same moment, each on a thread of its own; the answers by item. */
    private static Map<Integer, Page> allAtOnce(List<Integer> items, ThrowingFunction<Integer, Page> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(items.size());
        try {
            CountDownLatch ready = new CountDownLatch(items.size());
            CountDownLatch go = new CountDownLatch(1);
            Map<Integer, Future<Page>> pending = new TreeMap<>();
            for (Integer item : items) {
                pending.put(item, threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(item);
                }));
            }
            ready.await();
            go.countDown();
            Map<Integer, Page> answers = new TreeMap<>();
            for (Map.Entry<Integer, Future<Page>> answer : pending.entrySet()) {
                answers.put(answer.getKey(), answer.getValue().get(3, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static boolean isHit(Page page) {
        return page.header("X-Page-Cache").filter("hit"::equals).isPresent();
    }

    private static String title(Page page) {
        return page.document().select("main h1").text();
    }

    private static String member(int n) {
        return "bench-" + n + "@members.example.org";
    }

    private static String keyOf(MimeMessage message) throws MessagingException {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).collect(Collectors.joining(","))
                + " | " + message.getSubject();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    /** The work for each item, on a few threads at a time; the answers in the items' order. */
    private static <T, R> List<R> inParallel(int threads, List<T> items, ThrowingFunction<T, R> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                Callable<R> task = () -> work.apply(item);
                futures.add(pool.submit(task));
            }
            List<R> answers = new ArrayList<>();
            for (Future<R> future : futures) {
                answers.add(future.get(5, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThrowingFunction<T, R> {
        R apply(T item) throws Exception;
    }

    private record Registrant(String email, int node, Browser browser) {
    }
}
