package org.civicportal.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicportal.shared.servicearea.ServiceArea;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One revision of a programme page: a hub an editor curates for one of the association's
 * programmes, gathering library items and events in the order the editor chose, with the
 * programme's partners and its sponsor's acknowledgement. The page always links to the decision
 * tool and the events catalog as well.
 */
@Entity
@Table(name = "programme_page")
@DiscriminatorValue("PROGRAMME_PAGE")
@PrimaryKeyJoinColumn(name = "revision_id")
public class ProgrammePage extends Revision {

    @Column(name = "partner_organisations", length = 1000)
    private String partnerOrganisations;

    @Column(name = "sponsor_acknowledgement", length = 1000)
    private String sponsorAcknowledgement;

    @BatchFetch(BatchFetchType.IN) // a list of revisions reads this in one query, not one per row
    @ElementCollection
    @CollectionTable(name = "programme_page_item", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @Column(name = "item_id", nullable = false)
    private List<Long> itemIds = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN) // a list of revisions reads this in one query, not one per row
    @ElementCollection
    @CollectionTable(name = "programme_page_event", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @Column(name = "event_id", nullable = false)
    private List<Long> eventIds = new ArrayList<>();

    protected ProgrammePage() {
        // for JPA
    }

    ProgrammePage(LibraryItem item, int number, long authorId, Instant now) {
        super(item, number, authorId, now);
    }

    /** Writes the form into this draft, with the body as the sanitiser returned it and the links as checked. */
    void write(ProgrammePageForm form, String sanitisedBody, List<ServiceArea> areas, List<Long> checkedItemIds,
               List<Long> checkedEventIds, long editorId, Instant now) {
        writeCommon(form.getTitle(), form.getSummary(), sanitisedBody, form.getAccess(), areas, editorId, now);
        partnerOrganisations = form.getPartnerOrganisations();
        sponsorAcknowledgement = form.getSponsorAcknowledgement();
        itemIds = new ArrayList<>(checkedItemIds);
        eventIds = new ArrayList<>(checkedEventIds);
    }

    @Override
    Revision copyAsDraft(int newNumber, long authorId, Instant now) {
        ProgrammePage copy = new ProgrammePage(getItem(), newNumber, authorId, now);
        copyCommonTo(copy);
        copy.partnerOrganisations = partnerOrganisations;
        copy.sponsorAcknowledgement = sponsorAcknowledgement;
        copy.itemIds = new ArrayList<>(itemIds);
        copy.eventIds = new ArrayList<>(eventIds);
        return copy;
    }

    @Override
    public boolean showsOtherContent() {
        return true;
    }

    @Override
    protected void addOwnFields(Map<String, String> fields) {
        fields.put("Partner organisations", partnerOrganisations == null ? "" : partnerOrganisations);
        fields.put("Sponsor acknowledgement", sponsorAcknowledgement == null ? "" : sponsorAcknowledgement);
        fields.put("Library items", itemIds.stream().map(id -> "item " + id).collect(Collectors.joining("\n")));
        fields.put("Events", ResourceLines.eventLines(eventIds));
    }

    public String getPartnerOrganisations() {
        return partnerOrganisations;
    }

    public String getSponsorAcknowledgement() {
        return sponsorAcknowledgement;
    }

    public List<Long> getItemIds() {
        return itemIds;
    }

    public List<Long> getEventIds() {
        return eventIds;
    }
}
