package org.civicportal.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicportal.account.Account;
import org.civicportal.membership.MembershipGate;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * Decision matrices for their owners: create (with the four usual options and the default
 * criteria), describe, change options and criteria, grade the characteristics and score the
 * options. Only members in good standing create and change matrices, and only their own. A grade,
 * score or weight is saved only if it has not changed since the person last saw it, so two
 * people editing at once never silently erase each other's work. {@link DecisionService} calls
 * this for the logged-in person.
 */
@ApplicationScoped
@Transactional
public class Matrices {

    /** The options every matrix starts with. */
    static final List<String> USUAL_OPTIONS = List.of("Keep in-house", "Intergovernmental agreement or shared service",
            "Contract with a private firm", "Partnership with a nonprofit");

    @PersistenceContext
    EntityManager em;

    @Inject
    MembershipGate gate;

    @Inject
    ServiceAreas serviceAreas;

    @Inject
    Clock clock;

    /**
     * Starts a matrix for a member in good standing.
     *
     * @throws InvalidInputException for a missing title, or if the person is not a member in good standing
     */
    public DecisionMatrix create(long accountId, String title, Long serviceAreaId) {
        requireMember(accountId);
        String cleanTitle = text(title, "title", "Enter a title, e.g. the service and the question.", 200);
        DecisionMatrix matrix = new DecisionMatrix(em.find(Account.class, accountId), cleanTitle, area(serviceAreaId),
                ScoreScale.DEFAULT, clock.instant());
        USUAL_OPTIONS.forEach(matrix::addOption);
        em.createNamedQuery(DefaultCriterion.ALL, DefaultCriterion.class).getResultList()
                .forEach(c -> matrix.addCriterion(c.getName(), c.getDescription(), c.getWeight()));
        em.persist(matrix);
        em.flush();
        record(matrix, accountId, "Created the matrix");
        return matrix;
    }

    /** The person's own matrices, latest changed first. */
    public List<DecisionMatrix> ofOwner(long accountId) {
        return em.createNamedQuery(DecisionMatrix.OF_OWNER, DecisionMatrix.class).setParameter("ownerId", accountId).getResultList();
    }

    /** The person's own matrices, latest changed first, at most {@code max}. */
    public List<DecisionMatrix> recentOfOwner(long accountId, int max) {
        return em.createNamedQuery(DecisionMatrix.OF_OWNER, DecisionMatrix.class).setParameter("ownerId", accountId)
                .setMaxResults(max).getResultList();
    }

    /**
     * A matrix the person may read: their own, or one its owner shared with members (then they
     * must be a member in good standing). Empty otherwise, which pages show as "not found".
     */
    public Optional<DecisionMatrix> readable(long accountId, long matrixId) {
        DecisionMatrix matrix = em.find(DecisionMatrix.class, matrixId);
        if (matrix == null) {
            return Optional.empty();
        }
        boolean mine = matrix.isOwnedBy(accountId);
        boolean sharedWithMe = matrix.isShared() && gate.isInGoodStandingToday(accountId);
        return mine || sharedWithMe ? Optional.of(matrix) : Optional.empty();
    }

    /**
     * The matrices a case study may show as a worked example: finalised, and shared with members by
     * their owners, by title. Reading one stays the matrix's own rule ({@link #readable}).
     */
    public List<DecisionMatrix> workedExamples(int max) {
        return em.createQuery("SELECT m FROM DecisionMatrix m LEFT JOIN FETCH m.serviceArea WHERE m.shared = TRUE"
                + " AND m.status = org.civicportal.decision.MatrixStatus.FINAL ORDER BY m.title, m.id", DecisionMatrix.class)
                .setMaxResults(max).getResultList();
    }

    /** This matrix if it is (still) a worked example: finalised and shared. Its owner may stop sharing it. */
    public Optional<DecisionMatrix> workedExample(long matrixId) {
        return em.createQuery("SELECT m FROM DecisionMatrix m LEFT JOIN FETCH m.serviceArea WHERE m.id = :id AND m.shared = TRUE"
                + " AND m.status = org.civicportal.decision.MatrixStatus.FINAL", DecisionMatrix.class)
                .setParameter("id", matrixId).getResultStream().findFirst();
    }

    /** Everything the matrix's pages show, in four queries whatever its size. */
    public MatrixContent content(DecisionMatrix matrix) {
        List<ReadinessCharacteristic> characteristics = em.createNamedQuery(ReadinessCharacteristic.ALL, ReadinessCharacteristic.class)
                .getResultList();
        Map<Characteristic, MatrixGrade> grades = em.createNamedQuery(MatrixGrade.OF_MATRIX, MatrixGrade.class)
                .setParameter("matrixId", matrix.getId()).getResultList().stream()
                .collect(Collectors.toMap(MatrixGrade::getCharacteristic, Function.identity()));
        Map<MatrixScore.Key, MatrixScore> scores = em.createNamedQuery(MatrixScore.OF_MATRIX, MatrixScore.class)
                .setParameter("matrixId", matrix.getId()).getResultList().stream()
                .collect(Collectors.toMap(s -> new MatrixScore.Key(s.getOptionId(), s.getCriterionId()), Function.identity()));
        return new MatrixContent(matrix, matrix.getOptions(), matrix.getCriteria(), characteristics, grades, scores);
    }

    /** The matrix's history, latest first. */
    public List<MatrixChange> history(long matrixId) {
        return em.createNamedQuery(MatrixChange.OF_MATRIX, MatrixChange.class).setParameter("matrixId", matrixId).getResultList();
    }

    /** @throws InvalidInputException for a missing title */
    public void describe(long accountId, long matrixId, String title, String context, Long serviceAreaId) {
        DecisionMatrix matrix = editableBy(accountId, matrixId);
        String cleanTitle = text(title, "title", "Enter a title, e.g. the service and the question.", 200);
        String cleanContext = context == null || context.isBlank() ? null : context.strip();
        if (cleanContext != null && cleanContext.length() > 2000) {
            throw new InvalidInputException("context", "Use at most 2,000 characters.");
        }
        matrix.describe(cleanTitle, cleanContext, area(serviceAreaId));
        record(matrix, accountId, "Described the matrix: \u201c" + cleanTitle + "\u201d");
    }

    /** @throws InvalidInputException for an empty or duplicate name, or a matrix with all the options it may have */
    public MatrixOption addOption(long accountId, long matrixId, String name) {
        DecisionMatrix matrix = editableBy(accountId, matrixId);
        String clean = text(name, "optionName", "Enter the option's name.", 100);
        if (matrix.getOptions().size() >= MatrixLimits.MAX_OPTIONS) {
            throw new InvalidInputException("optionName", "A matrix can compare at most " + MatrixLimits.MAX_OPTIONS
                    + " options. Remove one before adding another.");
        }
        matrix.getOptions().stream().filter(o -> o.getName().equalsIgnoreCase(clean)).findFirst().ifPresent(same -> {
            throw new InvalidInputException("optionName", "\u201c" + same.getName() + "\u201d is already an option.");
        });
        MatrixOption option = matrix.addOption(clean);
        record(matrix, accountId, "Added the option \u201c" + clean + "\u201d");
        return option;
    }

    /** Removes an option and its scores. A matrix keeps at least two options. */
    public void removeOption(long accountId, long matrixId, long optionId) {
        DecisionMatrix matrix = editableBy(accountId, matrixId);
        MatrixOption option = matrix.getOptions().stream().filter(o -> o.getId() == optionId).findFirst()
                .orElseThrow(() -> new InvalidInputException("options", "That option is no longer in the matrix."));
        if (matrix.getOptions().size() <= 2) {
            throw new InvalidInputException("options", "A comparison needs at least two options: add another before removing this one.");
        }
        em.createQuery("DELETE FROM MatrixScore s WHERE s.optionId = :id").setParameter("id", optionId).executeUpdate();
        matrix.getOptions().remove(option);
        record(matrix, accountId, "Removed the option \u201c" + option.getName() + "\u201d");
    }

    /**
     * @throws InvalidInputException for an empty or duplicate name, a weight outside 0 to 100, or a
     *                               matrix with all the criteria it may have
     */
    public MatrixCriterion addCriterion(long accountId, long matrixId, String name, String description, Integer weight) {
        DecisionMatrix matrix = editableBy(accountId, matrixId);
        String clean = text(name, "criterionName", "Enter the criterion's name.", 100);
        if (matrix.getCriteria().size() >= MatrixLimits.MAX_CRITERIA) {
            throw new InvalidInputException("criterionName", "A matrix can weigh at most " + MatrixLimits.MAX_CRITERIA
                    + " criteria. Remove one before adding another.");
        }
        matrix.getCriteria().stream().filter(c -> c.getName().equalsIgnoreCase(clean)).findFirst().ifPresent(same -> {
            throw new InvalidInputException("criterionName", "\u201c" + same.getName() + "\u201d is already a criterion.");
        });
        checkWeight(weight, "criterionWeight");
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > 500) {
            throw new InvalidInputException("criterionDescription", "Use at most 500 characters.");
        }
        MatrixCriterion criterion = matrix.addCriterion(clean, cleanDescription, weight);
        record(matrix, accountId, "Added the criterion \u201c" + clean + "\u201d, weight " + weight);
        return criterion;
    }

    /** Removes a criterion and its scores. A matrix keeps at least one criterion. */
    public void removeCriterion(long accountId, long matrixId, long criterionId) {
        DecisionMatrix matrix = editableBy(accountId, matrixId);
        MatrixCriterion criterion = criterionOf(matrix, criterionId);
        if (matrix.getCriteria().size() <= 1) {
            throw new InvalidInputException("criteria", "A matrix needs at least one criterion.");
        }
        em.createQuery("DELETE FROM MatrixScore s WHERE s.criterionId = :id").setParameter("id", criterionId).executeUpdate();
        matrix.getCriteria().remove(criterion);
        record(matrix, accountId, "Removed the criterion \u201c" + criterion.getName() + "\u201d");
    }

    /**
     * Sets a weight, if nobody changed it since the person saw version {@code seenVersion}.
     *
     * @throws ChangedMeanwhile if it changed; the page shows the newer value
     */
    public MatrixCriterion weigh(long accountId, long matrixId, long criterionId, Integer weight, int seenVersion) {
        DecisionMatrix matrix = editableBy(accountId, matrixId);
        checkWeight(weight, "weight");
        MatrixCriterion criterion = criterionOf(matrix, criterionId);
        em.lock(criterion, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(criterion);
        if (criterion.getVersion() != seenVersion) {
            throw new ChangedMeanwhile("The weight of \u201c" + criterion.getName() + "\u201d was changed to " + criterion.getWeight()
                    + " meanwhile, so your " + weight + " was not saved. Check it and enter yours again if you still want it.");
        }
        if (criterion.getWeight() != weight) {
            criterion.weigh(weight);
            record(matrix, accountId, "Weight of \u201c" + criterion.getName() + "\u201d set to " + weight);
            em.flush(); // the caller gets the new version to send with its next change
        }
        return criterion;
    }

    /**
     * Grades a characteristic (1 to 3) with a note, if nobody changed it since the person saw it
     * ({@code seenVersion} null when it had no grade yet).
     *
     * @throws ChangedMeanwhile if it changed meanwhile
     */
    public MatrixGrade grade(long accountId, long matrixId, Characteristic characteristic, Integer grade, String note, Integer seenVersion) {
        DecisionMatrix matrix = editableBy(accountId, matrixId);
        if (grade == null || grade < Readiness.MIN_GRADE || grade > Readiness.MAX_GRADE) {
            throw new InvalidInputException("grade", "Choose a grade from 1 to 3.");
        }
        String cleanNote = optionalText(note, "note");
        MatrixGrade existing = em.find(MatrixGrade.class, new MatrixGrade.Key(matrixId, characteristic), LockModeType.PESSIMISTIC_WRITE);
        String what = "Graded " + characteristic.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + grade;
        if (existing == null) {
            if (seenVersion != null) {
                throw new ChangedMeanwhile("This grade was cleared meanwhile. Choose it again.");
            }
            MatrixGrade created = new MatrixGrade(matrixId, characteristic, grade, cleanNote);
            persistNew(created, "This characteristic was graded meanwhile by someone else. Check their grade, then change it if you disagree.");
            record(matrix, accountId, what);
            return created;
        }
        em.refresh(existing);
        if (seenVersion == null || existing.getVersion() != seenVersion) {
            throw new ChangedMeanwhile("This was graded " + existing.getGrade() + " meanwhile, so your " + grade
                    + " was not saved. Check it and choose again if you still disagree.");
        }
        if (existing.getGrade() != grade || !java.util.Objects.equals(existing.getNote(), cleanNote)) {
            existing.change(grade, cleanNote);
            record(matrix, accountId, what);
            em.flush();
        }
        return existing;
    }

    /**
     * Scores an option on a criterion, with a rationale, if nobody changed it since the person
     * saw it ({@code seenVersion} null when it had no score yet).
     *
     * @throws InvalidInputException for a score outside the matrix's scale
     * @throws ChangedMeanwhile      if it changed meanwhile
     */
    public MatrixScore score(long accountId, long matrixId, long optionId, long criterionId, Integer score, String rationale,
                             Integer seenVersion) {
        DecisionMatrix matrix = editableBy(accountId, matrixId);
        MatrixOption option = matrix.getOptions().stream().filter(o -> o.getId() == optionId).findFirst()
                .orElseThrow(() -> new InvalidInputException("score", "That option is no longer in the matrix."));
        MatrixCriterion criterion = criterionOf(matrix, criterionId);
        if (score == null || !matrix.scale().contains(score)) {
            throw new InvalidInputException("score", matrix.scale().describe());
        }
        String cleanRationale = optionalText(rationale, "rationale");
        MatrixScore existing = em.find(MatrixScore.class, new MatrixScore.Key(optionId, criterionId), LockModeType.PESSIMISTIC_WRITE);
        String what = "Scored \u201c" + option.getName() + "\u201d on \u201c" + criterion.getName() + "\u201d: " + score;
        if (existing == null) {
            if (seenVersion != null) {
                throw new ChangedMeanwhile("This score was cleared meanwhile. Enter it again.");
            }
            MatrixScore created = new MatrixScore(optionId, criterionId, score, cleanRationale);
            persistNew(created, "This was scored meanwhile by someone else. Check their score, then change it if you disagree.");
            record(matrix, accountId, what);
            return created;
        }
        em.refresh(existing);
        if (seenVersion == null || existing.getVersion() != seenVersion) {
            throw new ChangedMeanwhile("This was scored " + existing.getScore() + " meanwhile, so your " + score
                    + " was not saved. Check it and enter yours again if you still disagree.");
        }
        if (existing.getScore() != score || !java.util.Objects.equals(existing.getRationale(), cleanRationale)) {
            existing.change(score, cleanRationale);
            record(matrix, accountId, what);
            em.flush();
        }
        return existing;
    }

    /**
     * Copies a matrix the person may read into a new open matrix of their own: options, criteria,
     * weights, grades and scores, without its participants, comments or history.
     */
    public DecisionMatrix duplicate(long accountId, long matrixId) {
        DecisionMatrix source = readable(accountId, matrixId)
                .orElseThrow(() -> new InvalidInputException("matrix", "This matrix does not exist."));
        requireMember(accountId);
        String title = "Copy of " + source.getTitle();
        DecisionMatrix copy = new DecisionMatrix(em.find(Account.class, accountId), title.length() > 200 ? title.substring(0, 200) : title,
                source.getServiceArea(), source.scale(), clock.instant());
        copy.describe(copy.getTitle(), source.getContext(), source.getServiceArea());
        Map<Long, MatrixOption> options = new java.util.HashMap<>();
        source.getOptions().forEach(o -> options.put(o.getId(), copy.addOption(o.getName())));
        Map<Long, MatrixCriterion> criteria = new java.util.HashMap<>();
        source.getCriteria().forEach(c -> criteria.put(c.getId(), copy.addCriterion(c.getName(), c.getDescription(), c.getWeight())));
        em.persist(copy);
        em.flush();
        MatrixContent content = content(source);
        content.grades().values().forEach(g -> em.persist(new MatrixGrade(copy.getId(), g.getCharacteristic(), g.getGrade(), g.getNote())));
        content.scores().values().forEach(s -> em.persist(new MatrixScore(options.get(s.getOptionId()).getId(),
                criteria.get(s.getCriterionId()).getId(), s.getScore(), s.getRationale())));
        record(copy, accountId, "Duplicated from \u201c" + source.getTitle() + "\u201d");
        return copy;
    }

    /** Lets other members in good standing read the matrix (or stops it). */
    public void share(long accountId, long matrixId, boolean withMembers) {
        DecisionMatrix matrix = owned(accountId, matrixId);
        matrix.share(withMembers);
        record(matrix, accountId, withMembers ? "Shared the matrix with members (read only)" : "Stopped sharing the matrix");
    }

    /** Closes the matrix: from now on it is read only. */
    public void finalise(long accountId, long matrixId) {
        DecisionMatrix matrix = editableBy(accountId, matrixId);
        matrix.finalise(clock.instant());
        record(matrix, accountId, "Finalised the matrix");
    }

    private void persistNew(Object entity, String takenMeanwhile) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException sameKey) {
            throw new ChangedMeanwhile(takenMeanwhile);
        }
    }

    private DecisionMatrix owned(long accountId, long matrixId) {
        DecisionMatrix matrix = em.find(DecisionMatrix.class, matrixId);
        if (matrix == null || !matrix.isOwnedBy(accountId)) {
            // someone else's matrix is "not found": the answer does not confirm that it exists
            throw new InvalidInputException("matrix", "This matrix does not exist.");
        }
        return matrix;
    }

    /** The owner's matrix, if it may still change and they are a member in good standing. */
    DecisionMatrix editableBy(long accountId, long matrixId) {
        DecisionMatrix matrix = owned(accountId, matrixId);
        requireMember(accountId);
        if (matrix.isFinal()) {
            throw new InvalidInputException("matrix", "This matrix is final and can no longer change. Duplicate it to explore changes.");
        }
        matrix.touch(clock.instant());
        return matrix;
    }

    private void requireMember(long accountId) {
        if (!gate.isInGoodStandingToday(accountId)) {
            throw new InvalidInputException("matrix", "The decision-matrix tool is for members in good standing. Join or renew to use it.");
        }
    }

    private MatrixCriterion criterionOf(DecisionMatrix matrix, long criterionId) {
        return matrix.getCriteria().stream().filter(c -> c.getId() == criterionId).findFirst()
                .orElseThrow(() -> new InvalidInputException("criteria", "That criterion is no longer in the matrix."));
    }

    private ServiceArea area(Long serviceAreaId) {
        if (serviceAreaId == null) {
            return null;
        }
        return serviceAreas.find(serviceAreaId).filter(ServiceArea::isActive)
                .orElseThrow(() -> new InvalidInputException("serviceArea", "Choose a service from the list."));
    }

    /** Adds a line to the matrix's history. */
    void record(DecisionMatrix matrix, long accountId, String what) {
        em.persist(new MatrixChange(matrix.getId(), clock.instant(), em.find(Account.class, accountId).getFullName(), what));
    }

    private static void checkWeight(Integer weight, String field) {
        if (weight == null || weight < 0 || weight > Sensitivity.MAX_WEIGHT) {
            throw new InvalidInputException(field, "Enter a weight from 0 to " + Sensitivity.MAX_WEIGHT + ".");
        }
    }

    private static String text(String value, String field, String missing, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(field, missing);
        }
        if (clean.length() > max) {
            throw new InvalidInputException(field, "Use at most " + max + " characters.");
        }
        return clean;
    }

    static String optionalText(String value, String field) {
        String clean = value == null || value.isBlank() ? null : value.strip();
        if (clean != null && clean.length() > 1000) {
            throw new InvalidInputException(field, "Use at most 1,000 characters.");
        }
        return clean;
    }
}
