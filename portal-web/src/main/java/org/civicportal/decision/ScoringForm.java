package org.civicportal.decision;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicportal.shared.InvalidInputException;

/**
 * What the grade and score sections of a page ({@code WEB-INF/includes/matrix-readiness.xhtml}
 * and {@code matrix-scores.xhtml}) bind to: the values by cell, what happened to each cell's last
 * change, and the saving. The owner's page and a participant's page each say how a value is saved.
 */
public abstract class ScoringForm implements Serializable {

    private static final long serialVersionUID = 1L;

    // by key: a characteristic's name for grades; "optionId:criterionId" for scores
    private final Map<String, Integer> grades = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, String> rationales = new HashMap<>();
    /** What happened to the last change of a field: "Saved." or why not. */
    private final Map<String, String> feedback = new HashMap<>();

    /** Saves the grade of the characteristic as the form holds it. */
    public abstract void saveGrade(String characteristic);

    /** Saves the score of the cell as the form holds it. */
    protected abstract void saveScore(String key, long optionId, long criterionId);

    /** The matrix the form is about. */
    public abstract MatrixContent getContent();

    /** Saves a cell's score; a reason typed before any score waits for the score. */
    public void saveScore(long optionId, long criterionId) {
        String key = optionId + ":" + criterionId;
        if (scores.get(key) == null && !hasSavedScore(key)) {
            feedback.put(key, "Choose a score: the reason is saved with it.");
            return;
        }
        autosave(key, () -> saveScore(key, optionId, criterionId));
    }

    /** True when the cell already has a stored score (clearing it is then a change to report). */
    protected boolean hasSavedScore(String key) {
        return false;
    }

    /** Runs a save and notes its outcome next to the field. */
    protected void autosave(String field, Runnable save) {
        try {
            save.run();
            feedback.put(field, "Saved.");
        } catch (ChangedMeanwhile conflict) {
            reload(); // show the newer value the message speaks of
            feedback.put(field, conflict.getMessage());
        } catch (InvalidInputException problem) {
            feedback.put(field, problem.getMessage());
        }
    }

    /** Reads the values again, e.g. after someone else changed one. */
    protected abstract void reload();

    /** Fills the form from the stored grades and scores. */
    protected void fill(Map<Characteristic, ? extends GivenGrade> storedGrades, Iterable<? extends GivenScore> storedScores) {
        grades.clear();
        notes.clear();
        storedGrades.forEach((c, g) -> {
            grades.put(c.name(), g.getGrade());
            notes.put(c.name(), g.getNote());
        });
        scores.clear();
        rationales.clear();
        storedScores.forEach(s -> {
            String key = s.getOptionId() + ":" + s.getCriterionId();
            scores.put(key, s.getScore());
            rationales.put(key, s.getRationale());
        });
    }

    /** The scale's scores, e.g. 1 to 5. */
    public List<Integer> getScale() {
        ScoreScale scale = getContent().matrix().scale();
        return IntStream.rangeClosed(scale.min(), scale.max()).boxed().toList();
    }

    public Map<String, Integer> getGrades() {
        return grades;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public Map<String, Integer> getScores() {
        return scores;
    }

    public Map<String, String> getRationales() {
        return rationales;
    }

    public Map<String, String> getFeedback() {
        return feedback;
    }
}
