package org.civicportal.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.account.Jurisdiction;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.TextShape;

/**
 * What an editor writes for a case study. The service checks it (these constraints, then the rich
 * text) and copies it into a draft revision; the form itself never touches the database.
 */
public class CaseStudyForm extends LibraryTextForm {

    private static final long serialVersionUID = 1L;

    /** How many related resources a case study lists at most. */
    public static final int MAX_RELATED = 10;

    @NotEmpty(message = "Name at least one local government.")
    @Size(max = 10, message = "Name at most 10 local governments.")
    private List<@Valid Jurisdiction> jurisdictions = new ArrayList<>(List.of(new Jurisdiction()));

    @NotEmpty(message = "Choose whom the service is delivered with.")
    private Set<PartnerType> partnerTypes = EnumSet.noneOf(PartnerType.class);

    @NotNull(message = "Choose the arrangement.")
    private Arrangement arrangement;

    @Min(value = 1900, message = "Enter a year from 1900 on.")
    @Max(value = 2100, message = "Enter a year before 2100.")
    private Integer yearStarted;

    @DecimalMin(value = "0", message = "Savings cannot be negative; describe a cost increase in words.")
    @Digits(integer = 12, fraction = 2, message = "Enter an amount like 125000 or 125000.50.")
    private BigDecimal annualSavings;

    @TextShape(value = TextShape.Shape.CURRENCY_CODE, message = "Choose a currency from the list.")
    private String savingsCurrency = "USD";

    @DecimalMin(value = "0", message = "Enter a percentage from 0 to 100.")
    @DecimalMax(value = "100", message = "Enter a percentage from 0 to 100.")
    @Digits(integer = 3, fraction = 2, message = "Enter a percentage like 12 or 12.5.")
    private BigDecimal savingsPercent;

    @Size(max = 2000, message = "Use at most 2,000 characters.")
    @CleanText(multiLine = true)
    private String serviceLevelChange;

    @Size(max = 4000, message = "Use at most 4,000 characters.")
    @CleanText(multiLine = true)
    private String lessonsLearned;

    @Size(max = 300, message = "Use at most 300 characters.")
    @CleanText
    private String contact;

    private boolean sample;

    @Size(max = MAX_RELATED, message = "Choose at most 10 related resources.")
    private List<Long> relatedItemIds = new ArrayList<>();

    /** A finalised, shared decision matrix to show as a worked example; the service checks it is one. */
    private Long matrixId;

    /** A form holding what the revision says, for editing it. */
    public static CaseStudyForm of(CaseStudy revision) {
        CaseStudyForm form = new CaseStudyForm();
        form.readCommon(revision);
        form.jurisdictions = new ArrayList<>(revision.getJurisdictions().stream().map(Jurisdiction::copy).toList());
        form.partnerTypes = revision.getPartnerTypes().isEmpty() ? EnumSet.noneOf(PartnerType.class) : EnumSet.copyOf(revision.getPartnerTypes());
        form.arrangement = revision.getArrangement();
        form.yearStarted = revision.getYearStarted();
        form.annualSavings = revision.getAnnualSavings();
        form.savingsCurrency = revision.getSavingsCurrency() == null ? "USD" : revision.getSavingsCurrency();
        form.savingsPercent = revision.getSavingsPercent();
        form.serviceLevelChange = revision.getServiceLevelChange();
        form.lessonsLearned = revision.getLessonsLearned();
        form.contact = revision.getContact();
        form.sample = revision.isSample();
        form.relatedItemIds = new ArrayList<>(revision.getRelatedItemIds());
        form.matrixId = revision.getMatrixId();
        return form;
    }

    /** The same form naming only these local governments: the page leaves out the rows left empty. */
    public CaseStudyForm withJurisdictions(List<Jurisdiction> named) {
        CaseStudyForm copy = new CaseStudyForm();
        copyCommonTo(copy);
        copy.jurisdictions = new ArrayList<>(named);
        copy.partnerTypes = partnerTypes.isEmpty() ? EnumSet.noneOf(PartnerType.class) : EnumSet.copyOf(partnerTypes);
        copy.arrangement = arrangement;
        copy.yearStarted = yearStarted;
        copy.annualSavings = annualSavings;
        copy.savingsCurrency = savingsCurrency;
        copy.savingsPercent = savingsPercent;
        copy.serviceLevelChange = serviceLevelChange;
        copy.lessonsLearned = lessonsLearned;
        copy.contact = contact;
        copy.sample = sample;
        copy.relatedItemIds = new ArrayList<>(relatedItemIds);
        copy.matrixId = matrixId;
        return copy;
    }

    public List<Jurisdiction> getJurisdictions() {
        return jurisdictions;
    }

    public void setJurisdictions(List<Jurisdiction> jurisdictions) {
        this.jurisdictions = jurisdictions == null ? new ArrayList<>() : new ArrayList<>(jurisdictions);
    }

    public Set<PartnerType> getPartnerTypes() {
        return partnerTypes;
    }

    public void setPartnerTypes(Set<PartnerType> partnerTypes) {
        this.partnerTypes = partnerTypes == null || partnerTypes.isEmpty() ? EnumSet.noneOf(PartnerType.class) : EnumSet.copyOf(partnerTypes);
    }

    /** The partner types as a list, for a checkbox group (Faces binds lists more simply than sets). */
    public List<PartnerType> getPartnerTypeList() {
        return new ArrayList<>(partnerTypes);
    }

    public void setPartnerTypeList(List<PartnerType> partnerTypes) {
        setPartnerTypes(partnerTypes == null ? null : new java.util.HashSet<>(partnerTypes));
    }

    public Arrangement getArrangement() {
        return arrangement;
    }

    public void setArrangement(Arrangement arrangement) {
        this.arrangement = arrangement;
    }

    public Integer getYearStarted() {
        return yearStarted;
    }

    public void setYearStarted(Integer yearStarted) {
        this.yearStarted = yearStarted;
    }

    public BigDecimal getAnnualSavings() {
        return annualSavings;
    }

    public void setAnnualSavings(BigDecimal annualSavings) {
        this.annualSavings = annualSavings;
    }

    public String getSavingsCurrency() {
        return savingsCurrency;
    }

    public void setSavingsCurrency(String savingsCurrency) {
        this.savingsCurrency = blankToNull(savingsCurrency);
    }

    public BigDecimal getSavingsPercent() {
        return savingsPercent;
    }

    public void setSavingsPercent(BigDecimal savingsPercent) {
        this.savingsPercent = savingsPercent;
    }

    public String getServiceLevelChange() {
        return serviceLevelChange;
    }

    public void setServiceLevelChange(String serviceLevelChange) {
        this.serviceLevelChange = blankToNull(serviceLevelChange);
    }

    public String getLessonsLearned() {
        return lessonsLearned;
    }

    public void setLessonsLearned(String lessonsLearned) {
        this.lessonsLearned = blankToNull(lessonsLearned);
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = blankToNull(contact);
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public List<Long> getRelatedItemIds() {
        return relatedItemIds;
    }

    public void setRelatedItemIds(List<Long> relatedItemIds) {
        this.relatedItemIds = relatedItemIds == null ? new ArrayList<>() : new ArrayList<>(relatedItemIds);
    }

    public Long getMatrixId() {
        return matrixId;
    }

    public void setMatrixId(Long matrixId) {
        this.matrixId = matrixId;
    }
}
