package org.civicportal.decision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.FieldMessages;

/**
 * The matrix tool's reference data for administrators ({@code admin/decision/reference.xhtml}):
 * the characteristics' wording and grade guidance, and the criteria new matrices start with.
 */
@Named
@ViewScoped
public class ReferenceDataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionReferenceAdministration administration;

    private List<ReadinessCharacteristic> characteristics;
    private List<DefaultCriterion> criteria;

    private Characteristic editing;
    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String name;
    @Size(max = 500, message = "Use at most 500 characters.")
    @CleanText(multiLine = true)
    private String question;
    @Size(max = 500, message = "Use at most 500 characters.")
    @CleanText(multiLine = true)
    private String grade1;
    @Size(max = 500, message = "Use at most 500 characters.")
    @CleanText(multiLine = true)
    private String grade2;
    @Size(max = 500, message = "Use at most 500 characters.")
    @CleanText(multiLine = true)
    private String grade3;

    private Long criterionId;
    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String criterionName;
    @Size(max = 500, message = "Use at most 500 characters.")
    @CleanText(multiLine = true)
    private String criterionDescription;
    private Integer criterionWeight = 10;

    @PostConstruct
    void load() {
        characteristics = administration.characteristics();
        criteria = administration.defaultCriteria();
    }

    public void edit(ReadinessCharacteristic characteristic) {
        editing = characteristic.getCode();
        name = characteristic.getName();
        question = characteristic.getQuestion();
        grade1 = characteristic.getGrade1();
        grade2 = characteristic.getGrade2();
        grade3 = characteristic.getGrade3();
    }

    public void saveCharacteristic() {
        administration.describe(editing, name, question, grade1, grade2, grade3);
        FieldMessages.info("\u201c" + name.strip() + "\u201d is saved. Matrices show the new wording from now on.");
        editing = null;
        load();
    }

    public void cancelCharacteristic() {
        editing = null;
    }

    public void editCriterion(DefaultCriterion criterion) {
        criterionId = criterion.getId();
        criterionName = criterion.getName();
        criterionDescription = criterion.getDescription();
        criterionWeight = criterion.getWeight();
    }

    public void saveCriterion() {
        administration.saveDefaultCriterion(criterionId, criterionName, criterionDescription, criterionWeight);
        FieldMessages.info("Saved. New matrices start with it; existing matrices keep their own criteria.");
        criterionId = null;
        criterionName = null;
        criterionDescription = null;
        criterionWeight = 10;
        load();
    }

    public void removeCriterion(DefaultCriterion criterion) {
        administration.removeDefaultCriterion(criterion.getId());
        FieldMessages.info("\u201c" + criterion.getName() + "\u201d is removed from the defaults.");
        load();
    }

    public int getWeightTotal() {
        return criteria.stream().mapToInt(DefaultCriterion::getWeight).sum();
    }

    public List<ReadinessCharacteristic> getCharacteristics() {
        return characteristics;
    }

    public List<DefaultCriterion> getCriteria() {
        return criteria;
    }

    public Characteristic getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getGrade1() {
        return grade1;
    }

    public void setGrade1(String grade1) {
        this.grade1 = grade1;
    }

    public String getGrade2() {
        return grade2;
    }

    public void setGrade2(String grade2) {
        this.grade2 = grade2;
    }

    public String getGrade3() {
        return grade3;
    }

    public void setGrade3(String grade3) {
        this.grade3 = grade3;
    }

    public Long getCriterionId() {
        return criterionId;
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
