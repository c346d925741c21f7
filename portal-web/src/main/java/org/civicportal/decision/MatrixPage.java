package org.civicportal.decision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.shared.CleanText;
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
public class MatrixPage extends ScoringForm {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService decisions;

    @Inject
    ServiceAreas serviceAreas;

    private Long id;
    // the matrix as loaded: its options, criteria and characteristics give the form its rows. A saved
    // grade or score keeps it (the form holds the values, the versions are kept apart), so an autosave
    // reads nothing back; an action that changes the rows or a weight reads it again.
    private transient MatrixContent content;
    private boolean found;

    // versions of what the form shows, by key: a characteristic's name; a criterion's id; "optionId:criterionId"
    private final Map<String, Integer> gradeVersions = new HashMap<>();
    private final Map<Long, Integer> weights = new HashMap<>();
    private final Map<Long, Integer> weightVersions = new HashMap<>();
    private final Map<String, Integer> scoreVersions = new HashMap<>();

    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String title;
    @Size(max = 2000, message = "Use at most 2,000 characters.")
    @CleanText(multiLine = true)
    private String context;
    private Long serviceAreaId;
    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String optionName;
    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String criterionName;
    @Size(max = 500, message = "Use at most 500 characters.")
    @CleanText(multiLine = true)
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
        fill(content.grades(), content.scores().values());
        gradeVersions.clear();
        content.grades().forEach((c, g) -> gradeVersions.put(c.name(), g.getVersion()));
        weights.clear();
        weightVersions.clear();
        content.criteria().forEach(c -> {
            weights.put(c.getId(), c.getWeight());
            weightVersions.put(c.getId(), c.getVersion());
        });
        scoreVersions.clear();
        content.scores().values().forEach(s -> scoreVersions.put(s.getOptionId() + ":" + s.getCriterionId(), s.getVersion()));
    }

    private MatrixContent content() {
        if (content == null) {
            load();
        }
        return content;
    }

    // ---- autosaved fields

    @Override
    public void saveGrade(String characteristic) {
        autosave(characteristic, () -> {
            MatrixGrade saved = decisions.grade(id, Characteristic.valueOf(characteristic), getGrades().get(characteristic),
                    getNotes().get(characteristic), gradeVersions.get(characteristic));
            gradeVersions.put(characteristic, saved.getVersion());
        });
    }

    public void saveWeight(long criterionId) {
        autosave("w" + criterionId, () -> {
            MatrixCriterion saved = decisions.weigh(id, criterionId, weights.get(criterionId), weightVersions.get(criterionId));
            weightVersions.put(criterionId, saved.getVersion());
            content = null; // the scores' headings show each criterion's weight: read them again
        });
    }

    @Override
    protected void saveScore(String key, long optionId, long criterionId) {
        MatrixScore saved = decisions.score(id, optionId, criterionId, getScores().get(key), getRationales().get(key), scoreVersions.get(key));
        scoreVersions.put(key, saved.getVersion());
    }

    @Override
    protected boolean hasSavedScore(String key) {
        return scoreVersions.get(key) != null;
    }

    @Override
    protected void reload() {
        load();
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

    @Override
    public MatrixContent getContent() {
        return content();
    }

    public boolean isEditable() {
        return !content().matrix().isFinal();
    }


    public List<ServiceArea> getServiceAreas() {
        return serviceAreas.choosable();
    }

    public int getWeightTotal() {
        return weights.values().stream().mapToInt(w -> w == null ? 0 : w).sum();
    }



    public Map<Long, Integer> getWeights() {
        return weights;
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
