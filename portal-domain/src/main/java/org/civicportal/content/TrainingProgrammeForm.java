package org.civicportal.content;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.TextShape;

/**
 * What an editor writes for a training programme. The service checks it (these constraints, the
 * dates line by line, the rich text) and copies it into a draft revision.
 */
public class TrainingProgrammeForm extends LibraryTextForm {

    private static final long serialVersionUID = 1L;

    /** How many upcoming dates a programme lists at most. */
    public static final int MAX_DATES = 30;

    @NotBlank(message = "Name who gives the training.")
    @Size(max = 300, message = "Use at most 300 characters.")
    @CleanText
    private String provider;

    @NotNull(message = "Choose how the training is given.")
    private TrainingFormat format;

    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String duration;

    @DecimalMin(value = "0", message = "A price cannot be negative; leave it empty if the training is free.")
    @Digits(integer = 8, fraction = 2, message = "Enter an amount like 250 or 249.50.")
    private BigDecimal memberPrice;

    @DecimalMin(value = "0", message = "A price cannot be negative; leave it empty if the training is free.")
    @Digits(integer = 8, fraction = 2, message = "Enter an amount like 250 or 249.50.")
    private BigDecimal nonMemberPrice;

    @TextShape(value = TextShape.Shape.CURRENCY_CODE, message = "Choose a currency from the list.")
    private String priceCurrency = "USD";

    @DecimalMin(value = "0", message = "Credits cannot be negative.")
    @Digits(integer = 3, fraction = 2, message = "Enter credits like 6 or 1.25.")
    private BigDecimal credits;

    /** One date a line, perhaps with its event; read (and its limits checked) by the service. */
    private String upcomingDates = "";

    @TextShape(value = TextShape.Shape.WEB_ADDRESS, message = "Enter a web address starting with https:// or http://.")
    private String registrationUrl;

    /** A form holding what the revision says, for editing it. */
    public static TrainingProgrammeForm of(TrainingProgramme revision) {
        TrainingProgrammeForm form = new TrainingProgrammeForm();
        form.readCommon(revision);
        form.provider = revision.getProvider();
        form.format = revision.getFormat();
        form.duration = revision.getDuration();
        form.memberPrice = revision.getMemberPrice();
        form.nonMemberPrice = revision.getNonMemberPrice();
        form.priceCurrency = revision.getPriceCurrency() == null ? "USD" : revision.getPriceCurrency();
        form.credits = revision.getCredits();
        form.upcomingDates = ResourceLines.dateLines(revision.getUpcomingDates());
        form.registrationUrl = revision.getRegistrationUrl();
        return form;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = trim(provider);
    }

    public TrainingFormat getFormat() {
        return format;
    }

    public void setFormat(TrainingFormat format) {
        this.format = format;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = blankToNull(duration);
    }

    public BigDecimal getMemberPrice() {
        return memberPrice;
    }

    public void setMemberPrice(BigDecimal memberPrice) {
        this.memberPrice = memberPrice;
    }

    public BigDecimal getNonMemberPrice() {
        return nonMemberPrice;
    }

    public void setNonMemberPrice(BigDecimal nonMemberPrice) {
        this.nonMemberPrice = nonMemberPrice;
    }

    public String getPriceCurrency() {
        return priceCurrency;
    }

    public void setPriceCurrency(String priceCurrency) {
        this.priceCurrency = blankToNull(priceCurrency);
    }

    public BigDecimal getCredits() {
        return credits;
    }

    public void setCredits(BigDecimal credits) {
        this.credits = credits;
    }

    public String getUpcomingDates() {
        return upcomingDates;
    }

    public void setUpcomingDates(String upcomingDates) {
        this.upcomingDates = upcomingDates == null ? "" : upcomingDates;
    }

    public String getRegistrationUrl() {
        return registrationUrl;
    }

    public void setRegistrationUrl(String registrationUrl) {
        this.registrationUrl = blankToNull(registrationUrl);
    }
}
