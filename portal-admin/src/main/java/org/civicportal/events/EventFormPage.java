package org.civicportal.events;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.civicportal.shared.FieldMessages;

/**
 * Creates an event, or edits one ({@code admin/events/edit.xhtml[?id=…]}). Times are typed in
 * the event's own time zone. Saving a new event makes a draft; it is published from its page.
 */
@Named
@ViewScoped
public class EventFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "event";

    private static final Set<String> REGIONS = Set.of(
            "Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific");

    /** Region-based zone ids (America/Chicago…), the only unambiguous kind, sorted for the suggestion list. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(EventFormPage::isRegionZone)
            .sorted()
            .toList();

    @Inject
    EventAdministration administration;

    private Long id;
    private EventDetails details;
    private boolean found = true;

    /** Loads the event named by the {@code id} parameter, or starts a new one. */
    public void load() {
        if (details != null) {
            return;
        }
        if (id == null) {
            details = new EventDetails();
            return;
        }
        Event event = administration.find(id).orElse(null);
        found = event != null;
        details = found ? EventDetails.of(event) : null;
    }

    /** Saves, then shows the event's page; mistakes are shown next to their fields and nothing is saved. */
    public String save() {
        Event saved = id == null ? administration.create(details) : administration.update(id, details);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info(id == null ? "Draft saved. Check it, then publish it to open it to registration." : "Changes saved.");
        return "/admin/events/event?faces-redirect=true&id=" + saved.getId();
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public List<String> getZones() {
        return ZONES;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EventDetails getDetails() {
        return details;
    }

    public boolean isFound() {
        return found;
    }

    /** True for "Region/City" ids made of letters, '_', '-' and '/' (no regular expression: one pass over the id). */
    static boolean isRegionZone(String zone) {
        int slash = zone.indexOf('/');
        if (slash < 0 || !REGIONS.contains(zone.substring(0, slash)) || slash == zone.length() - 1) {
            return false;
        }
        return zone.substring(slash + 1).chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == '_' || c == '/' || c == '-'));
    }
}
