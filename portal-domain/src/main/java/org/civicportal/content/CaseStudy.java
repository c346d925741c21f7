package org.civicportal.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicportal.account.Jurisdiction;

/** One revision of a case study: a collaboration that worked, told with its figures and lessons. */
@Entity
@Table(name = "case_study")
@DiscriminatorValue("CASE_STUDY")
@PrimaryKeyJoinColumn(name = "revision_id")
public class CaseStudy extends Revision {

    @BatchFetch(BatchFetchType.IN) // a list of revisions reads this in one query, not one per row
    @ElementCollection
    @CollectionTable(name = "case_study_jurisdiction", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    private List<Jurisdiction> jurisdictions = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN) // a list of revisions reads this in one query, not one per row
    @ElementCollection
    @CollectionTable(name = "case_study_partner_type", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "partner_type", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<PartnerType> partnerTypes = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Arrangement arrangement = Arrangement.OTHER;

    @Column(name = "year_started")
    private Integer yearStarted;

    @Column(name = "annual_savings", precision = 14, scale = 2)
    private BigDecimal annualSavings;

    @Column(name = "savings_currency", length = 3)
    private String savingsCurrency;

    @Column(name = "savings_percent", precision = 5, scale = 2)
    private BigDecimal savingsPercent;

    @Column(name = "service_level_change", length = 2000)
    private String serviceLevelChange;

    @Column(name = "lessons_learned", length = 4000)
    private String lessonsLearned;

    @Column(length = 300)
    private String contact;

    /** Other library items a reader of this case study should see, in the editor's order. */
    @BatchFetch(BatchFetchType.IN) // a list of revisions reads this in one query, not one per row
    @ElementCollection
    @CollectionTable(name = "case_study_related_item", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @Column(name = "item_id", nullable = false)
    private List<Long> relatedItemIds = new ArrayList<>();

    /** A finalised decision matrix its owner shared with members, shown as a worked example; or null. */
    @Column(name = "matrix_id")
    private Long matrixId;

    /** A sample written for demonstration, labelled as such wherever it is shown. */
    @Column(nullable = false)
    private boolean sample;

    protected CaseStudy() {
        // for JPA
    }

    CaseStudy(LibraryItem item, int number, long authorId, Instant now) {
        super(item, number, authorId, now);
    }

    /** Writes the form into this draft, with the body as the sanitiser returned it and the links as checked. */
    void write(CaseStudyForm form, String sanitisedBody, List<org.civicportal.shared.servicearea.ServiceArea> areas,
               List<Long> checkedRelatedItemIds, long editorId, Instant now) {
        writeCommon(form.getTitle(), form.getSummary(), sanitisedBody, form.getAccess(), areas, editorId, now);
        jurisdictions = form.getJurisdictions().stream().map(Jurisdiction::copy).collect(Collectors.toCollection(ArrayList::new));
        partnerTypes = form.getPartnerTypes().isEmpty() ? new TreeSet<>() : new TreeSet<>(EnumSet.copyOf(form.getPartnerTypes()));
        arrangement = form.getArrangement();
        yearStarted = form.getYearStarted();
        annualSavings = form.getAnnualSavings();
        savingsCurrency = form.getAnnualSavings() == null ? null : form.getSavingsCurrency();
        savingsPercent = form.getSavingsPercent();
        serviceLevelChange = form.getServiceLevelChange();
        lessonsLearned = form.getLessonsLearned();
        contact = form.getContact();
        sample = form.isSample();
        relatedItemIds = new ArrayList<>(checkedRelatedItemIds);
        matrixId = form.getMatrixId();
    }

    @Override
    Revision copyAsDraft(int newNumber, long authorId, Instant now) {
        CaseStudy copy = new CaseStudy(getItem(), newNumber, authorId, now);
        copy.write(CaseStudyForm.of(this), getBodyHtml(), getServiceAreas(), relatedItemIds, authorId, now);
        return copy;
    }

    @Override
    public boolean showsOtherContent() {
        return !relatedItemIds.isEmpty() || matrixId != null;
    }

    @Override
    protected void addOwnFields(Map<String, String> fields) {
        fields.put("Local governments", jurisdictions.stream()
                .map(j -> j.getName() + ", " + j.getRegion() + ", " + j.getCountryName() + " (population " + j.getPopulation() + ")")
                .collect(Collectors.joining("; ")));
        fields.put("Partners", partnerTypes.stream().map(PartnerType::getLabel).collect(Collectors.joining(", ")));
        fields.put("Arrangement", arrangement.getLabel());
        fields.put("Year started", yearStarted == null ? "" : yearStarted.toString());
        fields.put("Annual savings", annualSavings == null ? "" : savingsCurrency + " " + annualSavings.toPlainString());
        fields.put("Savings, percent", savingsPercent == null ? "" : savingsPercent.toPlainString() + " %");
        fields.put("Service level", nullToEmpty(serviceLevelChange));
        fields.put("Lessons learned", nullToEmpty(lessonsLearned));
        fields.put("Contact", nullToEmpty(contact));
        fields.put("Related resources", relatedItemIds.stream().map(id -> "item " + id).collect(Collectors.joining("\n")));
        fields.put("Worked example", matrixId == null ? "" : "decision matrix " + matrixId);
        fields.put("Sample", sample ? "yes" : "no");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The population bands of its local governments, for filters and search facets. */
    public Set<PopulationBand> getPopulationBands() {
        return jurisdictions.stream().map(j -> PopulationBand.of(j.getPopulation()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PopulationBand.class)));
    }

    public List<Long> getRelatedItemIds() {
        return relatedItemIds;
    }

    public Long getMatrixId() {
        return matrixId;
    }

    public List<Jurisdiction> getJurisdictions() {
        return jurisdictions;
    }

    public Set<PartnerType> getPartnerTypes() {
        return partnerTypes;
    }

    public Arrangement getArrangement() {
        return arrangement;
    }

    public Integer getYearStarted() {
        return yearStarted;
    }

    public BigDecimal getAnnualSavings() {
        return annualSavings;
    }

    public String getSavingsCurrency() {
        return savingsCurrency;
    }

    public BigDecimal getSavingsPercent() {
        return savingsPercent;
    }

    public String getServiceLevelChange() {
        return serviceLevelChange;
    }

    public String getLessonsLearned() {
        return lessonsLearned;
    }

    public String getContact() {
        return contact;
    }

    public boolean isSample() {
        return sample;
    }
}
