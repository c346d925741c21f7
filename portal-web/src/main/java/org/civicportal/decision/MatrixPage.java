package org.civicportal.decision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * The owner's working page of a matrix ({@code decision/matrix.xhtml?id=…}). Grades, weights and
 * scores save as they are changed; each remembers the version it was loaded with, so a change
 * someone else made meanwhile is reported next to the field instead of being overwritten.
 */
@Named
@ViewScoped
public class MatrixPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService decisions;

    @Inject
    ServiceAreas serviceAreas;

    private Long id;
    private transient MatrixContent content;
    private boolean found;

    // the form's values, by key: a characteristic's name; a criterion's id; "optionId:criterionId"
    private final Map<String, Integer> grades = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, Integer> gradeVersions = new HashMap<>();
    private final Map<Long, Integer> weights = new HashMap<>();
    private final Map<Long, Integer> weightVersions = new HashMap<>();
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, String> rationales = new HashMap<>();
    private final Map<String, Integer> scoreVersions = new HashMap<>();
    /** What happened to the last change of a field: "Saved." or why not. */
    private final Map<String, String> feedback = new HashMap<>();

    private String title;
    private String context;
    private Long serviceAreaId;
    private String optionName;
    private String criterionName;
    private String criterionDescription;
    private Integer criterionWeight = 10;

    /** Loads the matrix named by the {@code id} parameter; only its owner works on it here. */
    public void load() {
        content = id == null ? null : decisions.open(id).filter(c -> decisions.owns(c.matrix())).orElse(null);
        found = content != null;
        if (!found) {
            return;
        }
        DecisionMatrix matrix = content.matrix();
        title = matrix.getTitle();
        context = matrix.getContext();
        serviceAreaId = matrix.getServiceArea() == null ? null : matrix.getServiceArea().getId();
        grades.clear();
        notes.clear();
        gradeVersions.clear();
        content.grades().forEach((c, g) -> {
            grades.put(c.name(), g.getGrade());
            notes.put(c.name(), g.getNote());
            gradeVersions.put(c.name(), g.getVersion());
        });
        weights.clear();
        weightVersions.clear();
        content.criteria().forEach(c -> {
            weights.put(c.getId(), c.getWeight());
            weightVersions.put(c.getId(), c.getVersion());
        });
        scores.clear();
        rationales.clear();
        scoreVersions.clear();
        content.scores().values().forEach(s -> {
            String key = s.getOptionId() + ":" + s.getCriterionId();
            scores.put(key, s.getScore());
            rationales.put(key, s.getRationale());
            scoreVersions.put(key, s.getVersion());
        });
    }

    private MatrixContent content() {
        if (content == null) {
            load();
        }
        return content;
    }

    // ---- autosaved fields

    public void saveGrade(String characteristic) {
        autosave(characteristic, () -> {
            MatrixGrade saved = decisions.grade(id, Characteristic.valueOf(characteristic), grades.get(characteristic),
                    notes.get(characteristic), gradeVersions.get(characteristic));
            gradeVersions.put(characteristic, saved.getVersion());
        });
    }

    public void saveWeight(long criterionId) {
        autosave("w" + criterionId, () -> {
            MatrixCriterion saved = decisions.weigh(id, criterionId, weights.get(criterionId), weightVersions.get(criterionId));
            weightVersions.put(criterionId, saved.getVersion());
        });
    }

    public void saveScore(long optionId, long criterionId) {
        String key = optionId + ":" + criterionId;
        if (scores.get(key) == null && scoreVersions.get(key) == null) {
            feedback.put(key, "Choose a score: the reason is saved with it.");
            return;
        }
        autosave(key, () -> {
            MatrixScore saved = decisions.score(id, optionId, criterionId, scores.get(key), rationales.get(key), scoreVersions.get(key));
            scoreVersions.put(key, saved.getVersion());
        });
    }

    private void autosave(String field, Runnable save) {
        try {
            save.run();
            feedback.put(field, "Saved.");
            content = null;
        } catch (ChangedMeanwhile conflict) {
            load(); // show the newer value the message speaks of
            feedback.put(field, conflict.getMessage());
        } catch (InvalidInputException problem) {
            feedback.put(field, problem.getMessage());
        }
    }

    // ---- whole-form actions

    public void describe() {
        run(() -> decisions.describe(id, title, context, serviceAreaId), "about", "Saved.");
    }

    public void addOption() {
        run(() -> decisions.addOption(id, optionName), "options", "Option added. Score it on each criterion below.");
        optionName = null;
    }

    public void removeOption(long optionId) {
        run(() -> decisions.removeOption(id, optionId), "options", "Option removed, with its scores.");
    }

    public void addCriterion() {
        run(() -> decisions.addCriterion(id, criterionName, criterionDescription, criterionWeight), "criteria",
                "Criterion added. Score each option on it below.");
        criterionName = null;
        criterionDescription = null;
    }

    public void removeCriterion(long criterionId) {
        run(() -> decisions.removeCriterion(id, criterionId), "criteria", "Criterion removed, with its scores.");
    }

    public void share(boolean withMembers) {
        run(() -> decisions.share(id, withMembers), "about", withMembers
                ? "Shared: members in good standing can read it from its results link." : "No longer shared.");
    }

    public String finalise() {
        try {
            decisions.finalise(id);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FieldMessages.info("The matrix is final. It can no longer change.");
            return "/decision/results?faces-redirect=true&id=" + id;
        } catch (InvalidInputException problem) {
            FieldMessages.error(problem.getMessage());
            return null;
        }
    }

    private void run(Runnable change, String form, String done) {
        try {
            change.run();
            load();
            FieldMessages.info(done);
        } catch (InvalidInputException problems) {
            FieldMessages.show(problems, form);
        }
    }

    // ---- what the page shows

    public boolean isFound() {
        return found;
    }

    public DecisionMatrix getMatrix() {
        return content().matrix();
    }

    public MatrixContent getContent() {
        return content();
    }

    public boolean isEditable() {
        return !content().matrix().isFinal();
    }

    /** The scale's scores, e.g. 1 to 5. */
    public List<Integer> getScale() {
        ScoreScale scale = content().matrix().scale();
        return IntStream.rangeClosed(scale.min(), scale.max()).boxed().toList();
    }

    public List<ServiceArea> getServiceAreas() {
        return serviceAreas.choosable();
    }

    public int getWeightTotal() {
        return weights.values().stream().mapToInt(w -> w == null ? 0 : w).sum();
    }

    public Map<String, Integer> getGrades() {
        return grades;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public Map<Long, Integer> getWeights() {
        return weights;
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public Long getServiceAreaId() {
        return serviceAreaId;
    }

    public void setServiceAreaId(Long serviceAreaId) {
        this.serviceAreaId = serviceAreaId;
    }

    public String getOptionName() {
        return optionName;
    }

    public void setOptionName(String optionName) {
        this.optionName = optionName;
    }

    public String getCriterionName() {
        return criterionName;
    }

    public void setCriterionName(String criterionName) {
        this.criterionName = criterionName;
    }

    public String getCriterionDescription() {
        return criterionDescription;
    }

    public void setCriterionDescription(String criterionDescription) {
        this.criterionDescription = criterionDescription;
    }

    public Integer getCriterionWeight() {
        return criterionWeight;
    }

    public void setCriterionWeight(Integer criterionWeight) {
        this.criterionWeight = criterionWeight;
    }
}
