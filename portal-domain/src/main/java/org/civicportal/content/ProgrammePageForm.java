package org.civicportal.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.shared.CleanText;

/**
 * What an editor writes for a programme page. The service checks it (these constraints, that every
 * chosen item is public, the events line by line, the rich text) and copies it into a draft revision.
 */
public class ProgrammePageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many items and events a programme page gathers at most. */
    public static final int MAX_ITEMS = 40;
    public static final int MAX_EVENTS = 20;

    @NotBlank(message = "Enter the title.")
    @Size(max = 300, message = "Use at most 300 characters.")
    @CleanText
    private String title;

    @NotBlank(message = "Write a summary of two or three sentences: it is what search results and the home page show.")
    @Size(max = 2000, message = "Use at most 2,000 characters.")
    @CleanText(multiLine = true)
    private String summary;

    @Size(max = RichText.MAX_LENGTH, message = "The text is too long: use at most 200,000 characters.")
    private String bodyHtml = "";

    @NotNull(message = "Choose who may read the full text.")
    private Access access = Access.PUBLIC;

    @Size(max = 10, message = "Choose at most 10 service areas.")
    private List<Long> serviceAreaIds = new ArrayList<>();

    @Size(max = 1000, message = "Use at most 1,000 characters.")
    @CleanText(multiLine = true)
    private String partnerOrganisations;

    @Size(max = 1000, message = "Use at most 1,000 characters.")
    @CleanText(multiLine = true)
    private String sponsorAcknowledgement;

    @Size(max = MAX_ITEMS, message = "Choose at most 40 library items.")
    private List<Long> itemIds = new ArrayList<>();

    /** One event a line as {@code event 3}; read (and its limits checked) by the service. */
    private String events = "";

    /** A form holding what the revision says, for editing it. */
    public static ProgrammePageForm of(ProgrammePage revision) {
        ProgrammePageForm form = new ProgrammePageForm();
        form.title = revision.getTitle();
        form.summary = revision.getSummary();
        form.bodyHtml = revision.getBodyHtml();
        form.access = revision.getAccess();
        form.serviceAreaIds = new ArrayList<>(revision.getServiceAreas().stream().map(a -> a.getId()).toList());
        form.partnerOrganisations = revision.getPartnerOrganisations();
        form.sponsorAcknowledgement = revision.getSponsorAcknowledgement();
        form.itemIds = new ArrayList<>(revision.getItemIds());
        form.events = ResourceLines.eventLines(revision.getEventIds());
        return form;
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        String trimmed = trim(text);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = trim(title);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = trim(summary);
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml == null ? "" : bodyHtml;
    }

    public Access getAccess() {
        return access;
    }

    public void setAccess(Access access) {
        this.access = access;
    }

    public List<Long> getServiceAreaIds() {
        return serviceAreaIds;
    }

    public void setServiceAreaIds(List<Long> serviceAreaIds) {
        this.serviceAreaIds = serviceAreaIds == null ? new ArrayList<>() : new ArrayList<>(serviceAreaIds);
    }

    public String getPartnerOrganisations() {
        return partnerOrganisations;
    }

    public void setPartnerOrganisations(String partnerOrganisations) {
        this.partnerOrganisations = blankToNull(partnerOrganisations);
    }

    public String getSponsorAcknowledgement() {
        return sponsorAcknowledgement;
    }

    public void setSponsorAcknowledgement(String sponsorAcknowledgement) {
        this.sponsorAcknowledgement = blankToNull(sponsorAcknowledgement);
    }

    public List<Long> getItemIds() {
        return itemIds;
    }

    public void setItemIds(List<Long> itemIds) {
        this.itemIds = itemIds == null ? new ArrayList<>() : new ArrayList<>(itemIds);
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events == null ? "" : events;
    }
}
