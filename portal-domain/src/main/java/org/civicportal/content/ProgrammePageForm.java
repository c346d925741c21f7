package org.civicportal.content;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.shared.CleanText;

/**
 * What an editor writes for a programme page. The service checks it (these constraints, that every
 * chosen item is public, the events line by line, the rich text) and copies it into a draft revision.
 */
public class ProgrammePageForm extends LibraryTextForm {

    private static final long serialVersionUID = 1L;

    /** How many items and events a programme page gathers at most. */
    public static final int MAX_ITEMS = 40;
    public static final int MAX_EVENTS = 20;

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
        form.readCommon(revision);
        form.partnerOrganisations = revision.getPartnerOrganisations();
        form.sponsorAcknowledgement = revision.getSponsorAcknowledgement();
        form.itemIds = new ArrayList<>(revision.getItemIds());
        form.events = ResourceLines.eventLines(revision.getEventIds());
        return form;
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
