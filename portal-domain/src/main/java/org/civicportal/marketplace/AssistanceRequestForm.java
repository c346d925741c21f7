package org.civicportal.marketplace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.CleanText;

/**
 * What a member writes for a request for technical assistance. The service checks it in one pass
 * (these constraints, then the providers, the matrix and the files) and copies it into a request;
 * the local government and its population come from the member's profile, not from here.
 */
public class AssistanceRequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the service you need help with.")
    private Long serviceAreaId;

    /** The kind of partnership the member weighs, if they know: it narrows the suggestions. */
    private PartnerType partnershipKind;

    @NotBlank(message = "Give the request a short title, e.g. the service and the question.")
    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String title;

    @NotBlank(message = "Say what you need help with.")
    @Size(max = 6000, message = "Use at most 6,000 characters.")
    @CleanText(multiLine = true)
    private String needs;

    @NotBlank(message = "Say by when you need the help, e.g. \"a report by June\".")
    @Size(max = 300, message = "Use at most 300 characters.")
    @CleanText
    private String timeline;

    @NotNull(message = "Choose a budget range (or \"No budget set yet\").")
    private RequestBudgetRange budgetRange;

    @NotEmpty(message = "Choose at least one provider.")
    @Size(max = RequestLimits.MAX_PROVIDERS, message = "Choose at most " + RequestLimits.MAX_PROVIDERS + " providers.")
    private List<Long> providerIds = new ArrayList<>();

    /** The member's own decision matrix the request comes from, if any. */
    private Long matrixId;

    public Long getServiceAreaId() {
        return serviceAreaId;
    }

    public void setServiceAreaId(Long serviceAreaId) {
        this.serviceAreaId = serviceAreaId;
    }

    public PartnerType getPartnershipKind() {
        return partnershipKind;
    }

    public void setPartnershipKind(PartnerType partnershipKind) {
        this.partnershipKind = partnershipKind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getTimeline() {
        return timeline;
    }

    public void setTimeline(String timeline) {
        this.timeline = timeline;
    }

    public RequestBudgetRange getBudgetRange() {
        return budgetRange;
    }

    public void setBudgetRange(RequestBudgetRange budgetRange) {
        this.budgetRange = budgetRange;
    }

    public List<Long> getProviderIds() {
        return providerIds;
    }

    public void setProviderIds(List<Long> providerIds) {
        this.providerIds = providerIds == null ? new ArrayList<>() : new ArrayList<>(providerIds);
    }

    public Long getMatrixId() {
        return matrixId;
    }

    public void setMatrixId(Long matrixId) {
        this.matrixId = matrixId;
    }
}
