package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Invitations and what a participant may reach, inside the portal against MariaDB: a link opens
 * one matrix only, a replaced or foreign link is refused (and so is every session it opened),
 * values stay private until submitted, and only submitted values count in the group's averages
 * and spreads. Invitations are capped per matrix and per owner a day, new links are spaced, and
 * the history members read names no invitee.
 */
@ExtendWith(ArquillianExtension.class)
@ManagedExecutorDefinition(name = "java:app/concurrent/invitationRush", maxAsync = 16)
class ParticipationIT {

    private static final Pattern LINK = Pattern.compile("participate\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(ParticipationIT.class, MovableClock.class, Transactions.class, TestPeople.class);
    }

    @Inject
    MovableClock clock;

    @Inject
    TestPeople people;

    @Inject
    Matrices matrices;

    @Inject
    Participation participation;

    @Inject
    Invitations invitations;

    @Resource(lookup = "java:app/concurrent/invitationRush")
    ManagedExecutorService rush;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @BeforeEach
    void today() {
        clock.setDay(LocalDate.parse("2027-03-01"));
    }

    @Test
    void aParticipantsLinkOpensTheirMatrixOnlyAndTheirValuesOnlyCountOnceSubmitted() throws Exception {
        long owner = member("Harper Quinn");
        long matrixId = matrices.create(owner, "Shared dispatch", null).getId();
        long otherMatrixId = matrices.create(member("Indigo Shah"), "Library consortium", null).getId();
        MatrixContent other = content(otherMatrixId);

        String councillorEmail = "councillor-" + System.nanoTime() + "@town.example.org";
        invitations.invite(owner, matrixId, "Jo Park", councillorEmail);
        ParticipantPass jo = invitations.enter(tokenMailedTo(councillorEmail), null);
        invitations.invite(owner, matrixId, "Kim Ruiz", "kim-" + System.nanoTime() + "@town.example.org");

        // an option of another matrix is out of reach, whatever id is sent
        assertEquals("That option or criterion is not in this matrix.", assertThrows(InvalidInputException.class,
                () -> participation.score(jo, other.options().get(0).getId(), other.criteria().get(0).getId(), 3, null)).getMessage());

        MatrixContent mine = content(matrixId);
        long option = mine.options().get(0).getId();
        long criterion = mine.criteria().get(0).getId();
        participation.score(jo, option, criterion, 5, "Faster answers.");
        participation.grade(jo, Characteristic.UNIONS, 1, null);
        Participation.Dialogue before = participation.dialogue(owner, matrixId);
        assertEquals(0, before.submitted());
        assertTrue(before.scores().cells().isEmpty(), "nothing shows before submitting");

        participation.submit(jo);
        assertEquals("You have submitted your scores; they can no longer change.", assertThrows(InvalidInputException.class,
                () -> participation.score(jo, option, criterion, 1, null)).getMessage());
        Participation.Dialogue after = participation.dialogue(owner, matrixId);
        assertEquals(1, after.submitted(), "Kim never submits: the dialogue goes on without her");
        Disagreement.Cell<String> cell = after.scores().cells().get(0);
        assertEquals(option + ":" + criterion, cell.key());
        assertEquals(new BigDecimal("5.00"), cell.average());
        assertEquals(List.of("Invited", "Submitted"), after.participants().stream().map(MatrixParticipant::getProgress).sorted().toList());

        // the owner's dialogue is theirs alone
        assertThrows(InvalidInputException.class, () -> participation.dialogue(member("Lee Nakamura"), matrixId));
    }

    @Test
    void aReplacedLinkAnotherPersonsLinkAndALinkToAFinalMatrixAreRefused() throws Exception {
        long owner = member("Morgan Ellis");
        long matrixId = matrices.create(owner, "Joint purchasing", null).getId();
        long criterion = content(matrixId).criteria().get(0).getId();
        long option = content(matrixId).options().get(0).getId();
        String email = "finance-" + System.nanoTime() + "@county.example.org";
        MatrixParticipant invited = invitations.invite(owner, matrixId, "Noor Haddad", email);
        String firstLink = tokenMailedTo(email);
        ParticipantPass openedWithFirstLink = invitations.enter(firstLink, null);
        participation.score(openedWithFirstLink, option, criterion, 4, null);

        clock.advance(MatrixLimits.RESEND_INTERVAL);
        invitations.sendAgain(owner, matrixId, invited.getId());
        assertTrue(assertThrows(InvalidInputException.class, () -> invitations.enter(firstLink, null)).getMessage()
                .startsWith("This invitation link is not valid, or a newer one was sent."));
        // the session the old link opened ends with it: every step is refused, reading included
        for (Executable step : List.<Executable>of(() -> participation.view(openedWithFirstLink),
                () -> participation.score(openedWithFirstLink, option, criterion, 2, null),
                () -> participation.grade(openedWithFirstLink, Characteristic.UNIONS, 2, null),
                () -> participation.commentAsParticipant(openedWithFirstLink, "criterion:" + criterion, "Still here?"),
                () -> participation.submit(openedWithFirstLink))) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, step);
            assertEquals(Participation.REPLACED, refused.getMessage());
            assertTrue(refused.problems().containsKey(Participation.LINK));
        }
        String newLink = tokenMailedTo(email);
        ParticipantPass openedWithNewLink = invitations.enter(newLink, null);
        assertEquals(4, participation.view(openedWithNewLink).score(option, criterion).orElseThrow().getScore(),
                "the new link opens the same participant's values");
        assertEquals(0, read(() -> em.createQuery("SELECT COUNT(c) FROM MatrixComment c WHERE c.matrixId = :m", Long.class)
                .setParameter("m", matrixId).getSingleResult()));

        long someoneElse = member("Oakley Brandt");
        assertTrue(assertThrows(InvalidInputException.class, () -> invitations.enter(newLink, someoneElse)).getMessage()
                .startsWith("This invitation was sent to another address than the one you are logged in with."));
        assertEquals(email + " is already invited. Use \u201cSend again\u201d to mail a new link.", assertThrows(InvalidInputException.class,
                () -> invitations.invite(owner, matrixId, "Noor again", email.toUpperCase())).getMessage());

        matrices.finalise(owner, matrixId);
        assertEquals("This matrix is final: scoring has closed.",
                assertThrows(InvalidInputException.class, () -> invitations.enter(newLink, null)).getMessage());
    }

    @Test
    void theSharedHistoryNamesNoInviteeWhileTheOwnersDialogueStillDoes() throws Exception {
        long owner = member("Parker Lund");
        long matrixId = matrices.create(owner, "Animal control", null).getId();
        String email = "clerk-" + System.nanoTime() + "@village.example.org";
        invitations.invite(owner, matrixId, "Quinn Rasmussen", email);
        participation.submit(invitations.enter(tokenMailedTo(email), null));
        matrices.share(owner, matrixId, true);

        List<MatrixChange> history = matrices.history(matrixId);
        for (MatrixChange change : history) {
            for (String seen : List.of(change.getWhat(), change.getChangedBy())) {
                assertFalse(seen.contains("Quinn") || seen.contains("Rasmussen") || seen.toLowerCase().contains(email), seen);
            }
        }
        assertTrue(history.stream().anyMatch(c -> c.getWhat().equals("Invited a participant")));
        assertTrue(history.stream().anyMatch(c -> c.getWhat().equals("Submitted their scores") && c.getChangedBy().equals("A participant")));
        assertEquals(List.of("Quinn Rasmussen"), participation.dialogue(owner, matrixId).participants().stream()
                .map(MatrixParticipant::getName).toList(), "the owner still sees who was invited");
    }

    @Test
    void aNewLinkToTheSamePersonWaitsAFewMinutes() throws Exception {
        long owner = member("Riley Stone");
        long matrixId = matrices.create(owner, "Street lighting", null).getId();
        String email = "works-" + System.nanoTime() + "@city.example.org";
        MatrixParticipant invited = invitations.invite(owner, matrixId, "Sam Tran", email);

        InvalidInputException tooSoon = assertThrows(InvalidInputException.class,
                () -> invitations.sendAgain(owner, matrixId, invited.getId()));
        assertEquals("A link went to " + email + " less than 5 minutes ago. Give it a few minutes to arrive before sending another.",
                tooSoon.getMessage());
        assertEquals(Set.of("sendAgain"), tooSoon.problems().keySet());
        clock.advance(MatrixLimits.RESEND_INTERVAL.minusSeconds(1));
        assertThrows(InvalidInputException.class, () -> invitations.sendAgain(owner, matrixId, invited.getId()));
        assertEquals(1L, mailsTo(email), "a refused resend mails nothing");

        clock.advance(java.time.Duration.ofSeconds(1));
        invitations.sendAgain(owner, matrixId, invited.getId());
        assertEquals(2L, mailsTo(email));
        assertThrows(InvalidInputException.class, () -> invitations.sendAgain(owner, matrixId, invited.getId()),
                "and the next one waits again");
    }

    @Test
    void invitationsAreCappedPerMatrixAndPerOwnerInTheLast24HoursEvenWhenSentAtOnce() throws Exception {
        long owner = member("Taylor Voss");
        long first = matrices.create(owner, "Regional dispatch", null).getId();
        long second = matrices.create(owner, "Shared assessor", null).getId();
        long third = matrices.create(owner, "Joint fleet", null).getId();
        String run = "r" + System.nanoTime();
        for (int i = 0; i < MatrixLimits.MAX_PARTICIPANTS; i++) {
            invitations.invite(owner, first, "Person " + i, run + "-a" + i + "@town.example.org");
        }
        String oneTooMany = run + "-a-extra@town.example.org";
        InvalidInputException full = assertThrows(InvalidInputException.class,
                () -> invitations.invite(owner, first, "One too many", oneTooMany));
        assertEquals("This matrix already has 50 participants, the most one matrix can have.", full.getMessage());
        assertEquals(Set.of("inviteEmail"), full.problems().keySet(), "shown next to the address");
        assertEquals(0L, mailsTo(oneTooMany));
        assertEquals(50L, participants(first));

        for (int i = 0; i < 40; i++) {
            invitations.invite(owner, second, "Person " + i, run + "-b" + i + "@town.example.org");
        }
        // 90 sent: of twenty invitations pressed at once, exactly ten go out
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String address = run + "-c" + i + "@town.example.org";
            outcomes.add(rush.submit(() -> {
                start.await();
                return invitations.invite(owner, third, "Rush", address);
            }));
        }
        start.countDown();
        int sent = 0;
        for (Future<?> outcome : outcomes) {
            try {
                outcome.get();
                sent++;
            } catch (ExecutionException refused) {
                assertEquals("You have sent 100 invitations in the last 24 hours, the most the portal sends for one person."
                        + " Try again tomorrow.", refused.getCause().getMessage());
            }
        }
        assertEquals(10, sent);
        assertEquals(10L, participants(third));

        // a new link counts too, and the other owners are not affected
        clock.advance(Duration.ofHours(23));
        MatrixParticipant someone = read(() -> em.createQuery("SELECT p FROM MatrixParticipant p WHERE p.matrix.id = :m ORDER BY p.id",
                MatrixParticipant.class).setParameter("m", second).setMaxResults(1).getSingleResult());
        InvalidInputException limited = assertThrows(InvalidInputException.class, () -> invitations.sendAgain(owner, second, someone.getId()));
        assertEquals(Set.of("sendAgain"), limited.problems().keySet());
        assertEquals(1L, mailsTo(someone.getEmail()));
        long otherOwner = member("Uma Wells");
        invitations.invite(otherOwner, matrices.create(otherOwner, "Library", null).getId(), "Vic", run + "-other@town.example.org");

        // 24 hours after the first ones, the owner may send again
        clock.advance(Duration.ofHours(1));
        invitations.sendAgain(owner, second, someone.getId());
        assertEquals(2L, mailsTo(someone.getEmail()));
    }

    @Test
    void aFinalMatrixOrASubmittedParticipantTakesNoMoreComments() throws Exception {
        long owner = member("Wren Abara");
        long matrixId = matrices.create(owner, "Recreation programs", null).getId();
        String topic = "criterion:" + content(matrixId).criteria().get(0).getId();
        String doneEmail = "done-" + System.nanoTime() + "@town.example.org";
        String openEmail = "open-" + System.nanoTime() + "@town.example.org";
        invitations.invite(owner, matrixId, "Xan Okafor", doneEmail);
        invitations.invite(owner, matrixId, "Yuri Bell", openEmail);
        ParticipantPass done = invitations.enter(tokenMailedTo(doneEmail), null);
        ParticipantPass open = invitations.enter(tokenMailedTo(openEmail), null);

        participation.submit(done);
        assertEquals("You have submitted your scores; they can no longer change.", assertThrows(InvalidInputException.class,
                () -> participation.commentAsParticipant(done, topic, "One more thing.")).getMessage());
        participation.commentAsParticipant(open, topic, "Costs look low.");
        participation.commentAsOwner(owner, matrixId, topic, "Noted.");

        matrices.finalise(owner, matrixId);
        assertEquals("This matrix is final: scoring has closed.", assertThrows(InvalidInputException.class,
                () -> participation.commentAsParticipant(open, topic, "Too late?")).getMessage());
        assertEquals("This matrix is final and can no longer change. Duplicate it to explore changes.", assertThrows(
                InvalidInputException.class, () -> participation.commentAsOwner(owner, matrixId, topic, "Too late.")).getMessage());
        assertEquals(List.of("Costs look low.", "Noted."), participation.dialogue(owner, matrixId).comments().get(topic).stream()
                .map(MatrixComment::getBody).toList());
        assertTrue(participation.view(done).participant().isSubmitted(), "a submitted participant still sees their values");
    }

    private long member(String name) {
        return people.person(name, EnumSet.of(Role.MEMBER), true);
    }

    private MatrixContent content(long matrixId) throws Exception {
        return read(() -> matrices.content(em.find(DecisionMatrix.class, matrixId)));
    }

    private long mailsTo(String email) throws Exception {
        return read(() -> em.createQuery("SELECT COUNT(m) FROM OutboundMail m WHERE m.recipient = :to", Long.class)
                .setParameter("to", email).getSingleResult());
    }

    private long participants(long matrixId) throws Exception {
        return read(() -> em.createQuery("SELECT COUNT(p) FROM MatrixParticipant p WHERE p.matrix.id = :m", Long.class)
                .setParameter("m", matrixId).getSingleResult());
    }

    /** The token in the newest invitation mailed to the address. */
    private String tokenMailedTo(String email) throws Exception {
        String body = read(() -> em.createQuery("SELECT m.body FROM OutboundMail m WHERE m.recipient = :to ORDER BY m.id DESC", String.class)
                .setParameter("to", email).setMaxResults(1).getSingleResult());
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), body);
        return link.group(1);
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }
}
