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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicportal.shared.servicearea.ServiceArea;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One revision of a training programme: a course for managers, given by the association or a
 * partner, with its format, length, prices (none: free), credits and upcoming dates, each perhaps
 * an event of the portal's catalog.
 */
@Entity
@Table(name = "training_programme")
@DiscriminatorValue("TRAINING_PROGRAMME")
@PrimaryKeyJoinColumn(name = "revision_id")
public class TrainingProgramme extends Revision {

    @Column(nullable = false, length = 300)
    private String provider;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_format", nullable = false, length = 20)
    private TrainingFormat format = TrainingFormat.ONLINE;

    @Column(length = 200)
    private String duration;

    @Column(name = "member_price", precision = 10, scale = 2)
    private BigDecimal memberPrice;

    @Column(name = "non_member_price", precision = 10, scale = 2)
    private BigDecimal nonMemberPrice;

    @Column(name = "price_currency", length = 3)
    private String priceCurrency;

    @Column(precision = 5, scale = 2)
    private BigDecimal credits;

    @Column(name = "registration_url", length = 500)
    private String registrationUrl;

    @BatchFetch(BatchFetchType.IN) // a list of revisions reads this in one query, not one per row
    @ElementCollection
    @CollectionTable(name = "training_programme_date", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    private List<TrainingDate> upcomingDates = new ArrayList<>();

    protected TrainingProgramme() {
        // for JPA
    }

    TrainingProgramme(LibraryItem item, int number, long authorId, Instant now) {
        super(item, number, authorId, now);
    }

    /** Writes the form into this draft, with the body as the sanitiser returned it and the dates as read. */
    void write(TrainingProgrammeForm form, String sanitisedBody, List<ServiceArea> areas, List<TrainingDate> dates,
               long editorId, Instant now) {
        writeCommon(form.getTitle(), form.getSummary(), sanitisedBody, form.getAccess(), areas, editorId, now);
        provider = form.getProvider();
        format = form.getFormat();
        duration = form.getDuration();
        memberPrice = form.getMemberPrice();
        nonMemberPrice = form.getNonMemberPrice();
        priceCurrency = memberPrice == null && nonMemberPrice == null ? null : form.getPriceCurrency();
        credits = form.getCredits();
        registrationUrl = form.getRegistrationUrl();
        upcomingDates = dates.stream().map(d -> new TrainingDate(d.getDate(), d.getEventId())).collect(Collectors.toCollection(ArrayList::new));
    }

    @Override
    Revision copyAsDraft(int newNumber, long authorId, Instant now) {
        TrainingProgramme copy = new TrainingProgramme(getItem(), newNumber, authorId, now);
        copyCommonTo(copy);
        copy.provider = provider;
        copy.format = format;
        copy.duration = duration;
        copy.memberPrice = memberPrice;
        copy.nonMemberPrice = nonMemberPrice;
        copy.priceCurrency = priceCurrency;
        copy.credits = credits;
        copy.registrationUrl = registrationUrl;
        copy.upcomingDates = upcomingDates.stream().map(d -> new TrainingDate(d.getDate(), d.getEventId()))
                .collect(Collectors.toCollection(ArrayList::new));
        return copy;
    }

    @Override
    public boolean showsOtherContent() {
        return upcomingDates.stream().anyMatch(date -> date.getEventId() != null);
    }

    @Override
    protected void addOwnFields(Map<String, String> fields) {
        fields.put("Provider", provider);
        fields.put("Format", format.getLabel());
        fields.put("Duration", nullToEmpty(duration));
        fields.put("Member price", price(memberPrice));
        fields.put("Non-member price", price(nonMemberPrice));
        fields.put("Credits", credits == null ? "" : credits.toPlainString());
        fields.put("Upcoming dates", upcomingDates.stream().map(TrainingDate::toString).collect(Collectors.joining("\n")));
        fields.put("Registration", nullToEmpty(registrationUrl));
    }

    private String price(BigDecimal amount) {
        return amount == null ? "Free" : priceCurrency + " " + amount.toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The first date on or after {@code today}, if any: what the list shows as "next". */
    public LocalDate nextDateFrom(LocalDate today) {
        return upcomingDates.stream().map(TrainingDate::getDate).filter(d -> !d.isBefore(today)).findFirst().orElse(null);
    }

    public String getProvider() {
        return provider;
    }

    public TrainingFormat getFormat() {
        return format;
    }

    public String getDuration() {
        return duration;
    }

    public BigDecimal getMemberPrice() {
        return memberPrice;
    }

    public BigDecimal getNonMemberPrice() {
        return nonMemberPrice;
    }

    public String getPriceCurrency() {
        return priceCurrency;
    }

    public BigDecimal getCredits() {
        return credits;
    }

    public String getRegistrationUrl() {
        return registrationUrl;
    }

    public List<TrainingDate> getUpcomingDates() {
        return upcomingDates;
    }
}
