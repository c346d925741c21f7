package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
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
 * Decision matrices inside the portal against MariaDB: who may create and open them, the
 * defaults a matrix starts with, and that two people changing the same value at once never
 * silently erase each other's work.
 */
@ExtendWith(ArquillianExtension.class)
class MatricesIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MatricesIT.class, MovableClock.class, Transactions.class, TestPeople.class);
    }

    @Inject
    MovableClock clock;

    @Inject
    TestPeople people;

    @Inject
    Matrices matrices;

    @Inject
    DecisionService service;

    @Resource
    UserTransaction transaction;

    @BeforeEach
    void today() {
        clock.setDay(LocalDate.parse("2027-03-01"));
    }

    @Test
    void aMemberStartsWithTheUsualOptionsAndTheDefaultCriteria() throws Exception {
        long owner = member("Avery Lindholm");
        DecisionMatrix matrix = matrices.create(owner, "  Fleet maintenance: share with the city?  ", null);
        MatrixContent content = read(() -> matrices.content(matrices.readable(owner, matrix.getId()).orElseThrow()));
        assertEquals("Fleet maintenance: share with the city?", content.matrix().getTitle());
        assertEquals(Matrices.USUAL_OPTIONS, content.options().stream().map(MatrixOption::getName).toList());
        assertEquals(9, content.criteria().size());
        assertEquals(100, content.criteria().stream().mapToInt(MatrixCriterion::getWeight).sum());
        assertEquals(14, content.characteristics().size());
        assertEquals("Highly specialised assets that few others own or could use: hard to hand over.",
                content.characteristics().get(0).guidance(1));
        assertEquals(14, content.ungraded());
        assertEquals(36, content.unscored());
        assertEquals("Created the matrix", matrices.history(matrix.getId()).get(0).getWhat());
    }

    @Test
    void onlyMembersInGoodStandingCreateAndNobodyOpensAnotherPersonsMatrixUnlessShared() throws Exception {
        long stranger = people.person("Casey Ng", EnumSet.of(Role.MEMBER), false);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> matrices.create(stranger, "Dispatch", null));
        assertEquals("The decision-matrix tool is for members in good standing. Join or renew to use it.", refused.getMessage());

        long owner = member("Dana Whitfield");
        long otherMember = member("Eli Moreno");
        long matrixId = matrices.create(owner, "Dispatch consolidation", null).getId();
        assertTrue(matrices.readable(otherMember, matrixId).isEmpty(), "not shared: not found");
        assertEquals("This matrix does not exist.", assertThrows(InvalidInputException.class,
                () -> matrices.addOption(otherMember, matrixId, "Regional authority")).getMessage());

        matrices.share(owner, matrixId, true);
        assertTrue(matrices.readable(otherMember, matrixId).isPresent(), "shared with members: readable");
        assertTrue(matrices.readable(stranger, matrixId).isEmpty(), "but not by someone whose membership is not in good standing");
        assertThrows(InvalidInputException.class, () -> matrices.addOption(otherMember, matrixId, "Regional authority"),
                "reading is not editing");

        assertThrows(EJBAccessException.class, () -> service.myMatrices(), "anonymous callers are refused");
    }

    @Test
    void twoPeopleChangingOneScoreAtOnceNeverEraseEachOtherSilently() throws Exception {
        long owner = member("Frankie Osei");
        DecisionMatrix matrix = matrices.create(owner, "Solid waste", null);
        MatrixContent content = read(() -> matrices.content(matrices.readable(owner, matrix.getId()).orElseThrow()));
        long option = content.options().get(0).getId();
        long criterion = content.criteria().get(0).getId();

        // both pages saw the cell empty; the first save wins, the second is told and saves nothing
        MatrixScore first = matrices.score(owner, matrix.getId(), option, criterion, 4, "Crews know the routes.", null);
        ChangedMeanwhile second = assertThrows(ChangedMeanwhile.class,
                () -> matrices.score(owner, matrix.getId(), option, criterion, 2, "Trucks are old.", null));
        assertEquals("This was scored 4 meanwhile, so your 2 was not saved. Check it and enter yours again if you still disagree.",
                second.getMessage());

        // a page that saw version n changes it; a page still holding n is refused
        int seen = first.getVersion();
        matrices.score(owner, matrix.getId(), option, criterion, 5, "Crews know the routes well.", seen);
        assertThrows(ChangedMeanwhile.class, () -> matrices.score(owner, matrix.getId(), option, criterion, 3, null, seen));
        MatrixContent after = read(() -> matrices.content(matrices.readable(owner, matrix.getId()).orElseThrow()));
        assertEquals(5, after.score(option, criterion).orElseThrow().getScore());

        // the same for weights and grades
        MatrixCriterion weighed = after.criteria().get(0);
        matrices.weigh(owner, matrix.getId(), weighed.getId(), 35, weighed.getVersion());
        assertThrows(ChangedMeanwhile.class, () -> matrices.weigh(owner, matrix.getId(), weighed.getId(), 15, weighed.getVersion()));
        matrices.grade(owner, matrix.getId(), Characteristic.UNIONS, 2, "Open to talks.", null);
        assertThrows(ChangedMeanwhile.class, () -> matrices.grade(owner, matrix.getId(), Characteristic.UNIONS, 1, null, null));
    }

    @Test
    void badInputIsRefusedInPlainWordsAndAFinalMatrixNoLongerChanges() throws Exception {
        long owner = member("Gale Park");
        DecisionMatrix matrix = matrices.create(owner, "Library technical services", null);
        MatrixContent content = read(() -> matrices.content(matrices.readable(owner, matrix.getId()).orElseThrow()));
        long option = content.options().get(0).getId();
        long criterion = content.criteria().get(0).getId();
        assertEquals("Scores run from 1 to 5.", assertThrows(InvalidInputException.class,
                () -> matrices.score(owner, matrix.getId(), option, criterion, 6, null, null)).getMessage());
        assertEquals("Choose a grade from 1 to 3.", assertThrows(InvalidInputException.class,
                () -> matrices.grade(owner, matrix.getId(), Characteristic.COSTS, 0, null, null)).getMessage());
        assertEquals("Enter a weight from 0 to 100.", assertThrows(InvalidInputException.class,
                () -> matrices.weigh(owner, matrix.getId(), criterion, 101, 0)).getMessage());
        assertEquals("\u201cKeep in-house\u201d is already an option.", assertThrows(InvalidInputException.class,
                () -> matrices.addOption(owner, matrix.getId(), "keep in-house")).getMessage());

        for (MatrixOption o : content.options().subList(0, 2)) {
            matrices.removeOption(owner, matrix.getId(), o.getId());
        }
        MatrixContent two = read(() -> matrices.content(matrices.readable(owner, matrix.getId()).orElseThrow()));
        assertEquals(2, two.options().size());
        assertEquals("A comparison needs at least two options: add another before removing this one.", assertThrows(
                InvalidInputException.class, () -> matrices.removeOption(owner, matrix.getId(), two.options().get(0).getId())).getMessage());

        // all weights zero: the results say so instead of dividing by zero
        for (MatrixCriterion c : two.criteria()) {
            matrices.weigh(owner, matrix.getId(), c.getId(), 0, c.getVersion());
            for (MatrixOption o : two.options()) {
                matrices.score(owner, matrix.getId(), o.getId(), c.getId(), 3, null, null);
            }
        }
        MatrixContent zero = read(() -> matrices.content(matrices.readable(owner, matrix.getId()).orElseThrow()));
        assertEquals("All weights are zero. Give at least one criterion a weight above zero.",
                assertThrows(MatrixProblem.class, zero::scoring).getMessage());

        matrices.finalise(owner, matrix.getId());
        assertEquals("This matrix is final and can no longer change. Duplicate it to explore changes.", assertThrows(
                InvalidInputException.class, () -> matrices.addOption(owner, matrix.getId(), "Regional library")).getMessage());
        List<String> history = matrices.history(matrix.getId()).stream().map(MatrixChange::getWhat).toList();
        assertEquals("Finalised the matrix", history.get(0));
        assertFalse(history.contains("Added the option \u201cRegional library\u201d"));
    }

    @Test
    void aMatrixHoldsAtMostTwelveOptionsAndTwentyCriteria() throws Exception {
        long owner = member("Harlow Diaz");
        long matrixId = matrices.create(owner, "Emergency management", null).getId();
        for (int i = Matrices.USUAL_OPTIONS.size(); i < MatrixLimits.MAX_OPTIONS; i++) {
            matrices.addOption(owner, matrixId, "Option " + i);
        }
        InvalidInputException options = assertThrows(InvalidInputException.class, () -> matrices.addOption(owner, matrixId, "Thirteenth"));
        assertEquals("A matrix can compare at most 12 options. Remove one before adding another.", options.getMessage());
        assertEquals(java.util.Set.of("optionName"), options.problems().keySet(), "shown next to the option's name");

        int defaults = read(() -> matrices.content(matrices.readable(owner, matrixId).orElseThrow())).criteria().size();
        for (int i = defaults; i < MatrixLimits.MAX_CRITERIA; i++) {
            matrices.addCriterion(owner, matrixId, "Criterion " + i, null, 5);
        }
        InvalidInputException criteria = assertThrows(InvalidInputException.class,
                () -> matrices.addCriterion(owner, matrixId, "Twenty-first", null, 5));
        assertEquals("A matrix can weigh at most 20 criteria. Remove one before adding another.", criteria.getMessage());
        assertEquals(java.util.Set.of("criterionName"), criteria.problems().keySet(), "shown next to the criterion's name");

        MatrixContent full = read(() -> matrices.content(matrices.readable(owner, matrixId).orElseThrow()));
        assertEquals(MatrixLimits.MAX_OPTIONS, full.options().size(), "nothing saved");
        assertEquals(MatrixLimits.MAX_CRITERIA, full.criteria().size(), "nothing saved");
        List<String> history = matrices.history(matrixId).stream().map(MatrixChange::getWhat).toList();
        assertFalse(history.contains("Added the option \u201cThirteenth\u201d"));
        assertFalse(history.stream().anyMatch(line -> line.contains("Twenty-first")));

        // room again once one is removed
        matrices.removeOption(owner, matrixId, full.options().get(0).getId());
        matrices.addOption(owner, matrixId, "Thirteenth");
    }

    private long member(String name) {
        return people.person(name, EnumSet.of(Role.MEMBER), true);
    }

    private <T> T read(Callable<T> query) throws Exception {
        return Transactions.read(transaction, query);
    }
}
