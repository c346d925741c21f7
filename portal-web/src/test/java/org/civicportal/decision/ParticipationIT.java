package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
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

/**
 * Invitations and what a participant may reach, inside the portal against MariaDB: a link opens
 * one matrix only, a replaced or foreign link is refused, values stay private until submitted,
 * and only submitted values count in the group's averages and spreads.
 */
@ExtendWith(ArquillianExtension.class)
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
        participation.invite(owner, matrixId, "Jo Park", councillorEmail);
        MatrixParticipant jo = participation.enter(tokenMailedTo(councillorEmail), null);
        participation.invite(owner, matrixId, "Kim Ruiz", "kim-" + System.nanoTime() + "@town.example.org");

        // an option of another matrix is out of reach, whatever id is sent
        assertEquals("That option or criterion is not in this matrix.", assertThrows(InvalidInputException.class,
                () -> participation.score(jo.getId(), other.options().get(0).getId(), other.criteria().get(0).getId(), 3, null)).getMessage());

        MatrixContent mine = content(matrixId);
        long option = mine.options().get(0).getId();
        long criterion = mine.criteria().get(0).getId();
        participation.score(jo.getId(), option, criterion, 5, "Faster answers.");
        participation.grade(jo.getId(), Characteristic.UNIONS, 1, null);
        Participation.Dialogue before = participation.dialogue(owner, matrixId);
        assertEquals(0, before.submitted());
        assertTrue(before.scores().cells().isEmpty(), "nothing shows before submitting");

        participation.submit(jo.getId());
        assertEquals("You have submitted your scores; they can no longer change.", assertThrows(InvalidInputException.class,
                () -> participation.score(jo.getId(), option, criterion, 1, null)).getMessage());
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
        String email = "finance-" + System.nanoTime() + "@county.example.org";
        MatrixParticipant invited = participation.invite(owner, matrixId, "Noor Haddad", email);
        String firstLink = tokenMailedTo(email);
        participation.sendAgain(owner, matrixId, invited.getId());
        assertTrue(assertThrows(InvalidInputException.class, () -> participation.enter(firstLink, null)).getMessage()
                .startsWith("This invitation link is not valid, or a newer one was sent."));
        String newLink = tokenMailedTo(email);

        long someoneElse = member("Oakley Brandt");
        assertTrue(assertThrows(InvalidInputException.class, () -> participation.enter(newLink, someoneElse)).getMessage()
                .startsWith("This invitation was sent to another address than the one you are logged in with."));
        assertEquals(email + " is already invited. Use \u201cSend again\u201d to mail a new link.", assertThrows(InvalidInputException.class,
                () -> participation.invite(owner, matrixId, "Noor again", email.toUpperCase())).getMessage());

        matrices.finalise(owner, matrixId);
        assertEquals("This matrix is final: scoring has closed.",
                assertThrows(InvalidInputException.class, () -> participation.enter(newLink, null)).getMessage());
    }

    private long member(String name) {
        return people.person(name, EnumSet.of(Role.MEMBER), true);
    }

    private MatrixContent content(long matrixId) throws Exception {
        return read(() -> matrices.content(em.find(DecisionMatrix.class, matrixId)));
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
