package org.civicportal.marketplace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.content.PartnerType;
import org.civicportal.content.RichText;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.FormText;

/**
 * What a provider writes for a listing. Its constraints are checked with the service's own checks
 * (regions, service areas, case studies, rich text) in one pass, so every problem is named at once
 * and nothing is saved until all are fixed.
 */
public class ListingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most related case studies one listing names. */
    public static final int MAX_CASE_STUDIES = 10;

    @NotBlank(message = "Enter the title of the offering.")
    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String title;

    @NotBlank(message = "Write a summary of one or two sentences: the directory shows it under the title.")
    @Size(max = 600, message = "Use at most 600 characters.")
    @CleanText(multiLine = true)
    private String summary;

    @Size(max = RichText.MAX_LENGTH, message = "The description is too long: use at most 200,000 characters.")
    private String descriptionHtml = "";

    @Size(min = 1, max = 10, message = "Choose from 1 to 10 service areas.")
    private List<Long> serviceAreaIds = new ArrayList<>();

    @Size(min = 1, message = "Choose at least one kind of partnership.")
    private Set<PartnerType> partnershipKinds = EnumSet.noneOf(PartnerType.class);

    @NotBlank(message = "Name the regions served: US for the whole country, or states such as US-OR, US-WA.")
    @Size(max = ListingRegions.MAX_TEXT_LENGTH, message = "Use at most 600 characters.")
    private String regions;

    @NotNull(message = "Choose how the offering is priced.")
    private PriceModel priceModel;

    @Size(max = 300, message = "Use at most 300 characters.")
    @CleanText
    private String priceNote;

    @Size(max = MAX_CASE_STUDIES, message = "Choose at most 10 case studies.")
    private List<Long> caseStudyIds = new ArrayList<>();

    public ListingForm() {
        // an empty form
    }

    /** A form filled with what a version says, for editing it. */
    public static ListingForm of(ListingVersion version) {
        ListingForm form = new ListingForm();
        form.title = version.getTitle();
        form.summary = version.getSummary();
        form.descriptionHtml = version.getDescriptionHtml();
        form.serviceAreaIds = new ArrayList<>(version.getServiceAreas().stream().map(a -> a.getId()).toList());
        form.partnershipKinds = version.getPartnershipKinds().isEmpty() ? EnumSet.noneOf(PartnerType.class)
                : EnumSet.copyOf(version.getPartnershipKinds());
        form.regions = ListingRegions.line(version.getRegions());
        form.priceModel = version.getPriceModel();
        form.priceNote = version.getPriceNote();
        form.caseStudyIds = new ArrayList<>(version.getCaseStudyIds());
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = FormText.stripped(title);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = FormText.stripped(summary);
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public void setDescriptionHtml(String descriptionHtml) {
        this.descriptionHtml = descriptionHtml == null ? "" : descriptionHtml;
    }

    public List<Long> getServiceAreaIds() {
        return serviceAreaIds;
    }

    public void setServiceAreaIds(List<Long> serviceAreaIds) {
        this.serviceAreaIds = serviceAreaIds == null ? new ArrayList<>() : new ArrayList<>(serviceAreaIds);
    }

    public Set<PartnerType> getPartnershipKinds() {
        return partnershipKinds;
    }

    public void setPartnershipKinds(Set<PartnerType> partnershipKinds) {
        this.partnershipKinds = partnershipKinds == null || partnershipKinds.isEmpty() ? EnumSet.noneOf(PartnerType.class)
                : EnumSet.copyOf(partnershipKinds);
    }

    public String getRegions() {
        return regions;
    }

    public void setRegions(String regions) {
        this.regions = FormText.stripped(regions);
    }

    public PriceModel getPriceModel() {
        return priceModel;
    }

    public void setPriceModel(PriceModel priceModel) {
        this.priceModel = priceModel;
    }

    public String getPriceNote() {
        return priceNote;
    }

    public void setPriceNote(String priceNote) {
        this.priceNote = FormText.stripped(priceNote);
    }

    public List<Long> getCaseStudyIds() {
        return caseStudyIds;
    }

    public void setCaseStudyIds(List<Long> caseStudyIds) {
        this.caseStudyIds = caseStudyIds == null ? new ArrayList<>() : new ArrayList<>(caseStudyIds);
    }
}
