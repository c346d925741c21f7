package org.civicportal.membership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.account.PositionType;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.TextShape;

/** A membership category as an administrator edits it. */
public class CategoryChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the category's name.")
    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String name;

    @NotBlank(message = "Describe who the category is for.")
    @Size(max = 500, message = "Use at most 500 characters.")
    @CleanText(multiLine = true)
    private String description;

    @NotNull(message = "Choose how membership years run.")
    private PeriodKind periodKind;

    @TextShape(value = TextShape.Shape.MONTH_DAY, message = "Enter a month and day like 10-01, or leave it empty.")
    private String lateJoinersFrom;

    @NotNull(message = "Enter the grace days, 0 or more.")
    @Min(value = 0, message = "Grace days cannot be negative.")
    @Max(value = 365, message = "Grace is at most 365 days.")
    private Integer graceDays;

    @NotNull(message = "Enter how many days before the end renewal opens.")
    @Min(value = 0, message = "The number of days cannot be negative.")
    @Max(value = 365, message = "Renewal opens at most 365 days before the end.")
    private Integer renewalOpensDays;

    private boolean requiresApproval;

    @NotEmpty(message = "Choose at least one position type that may join this category.")
    private List<PositionType> eligiblePositions = new ArrayList<>();

    /** The category's current settings, to edit. */
    public static CategoryChange of(MembershipCategory category) {
        CategoryChange change = new CategoryChange();
        change.name = category.getName();
        change.description = category.getDescription();
        change.periodKind = category.getPeriodKind();
        change.lateJoinersFrom = category.getLateJoinersFrom();
        change.graceDays = category.getGraceDays();
        change.renewalOpensDays = category.getRenewalOpensDays();
        change.requiresApproval = category.isRequiresApproval();
        change.eligiblePositions = new ArrayList<>(category.getEligiblePositions());
        return change;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? null : description.strip();
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public void setPeriodKind(PeriodKind periodKind) {
        this.periodKind = periodKind;
    }

    public String getLateJoinersFrom() {
        return lateJoinersFrom;
    }

    public void setLateJoinersFrom(String lateJoinersFrom) {
        this.lateJoinersFrom = lateJoinersFrom == null || lateJoinersFrom.isBlank() ? null : lateJoinersFrom.strip();
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public void setGraceDays(Integer graceDays) {
        this.graceDays = graceDays;
    }

    public Integer getRenewalOpensDays() {
        return renewalOpensDays;
    }

    public void setRenewalOpensDays(Integer renewalOpensDays) {
        this.renewalOpensDays = renewalOpensDays;
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public void setRequiresApproval(boolean requiresApproval) {
        this.requiresApproval = requiresApproval;
    }

    public List<PositionType> getEligiblePositions() {
        return eligiblePositions;
    }

    public void setEligiblePositions(List<PositionType> eligiblePositions) {
        this.eligiblePositions = eligiblePositions;
    }
}
