package org.civicportal.events;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
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

    /** Region-based zone ids (America/Chicago…), the only unambiguous kind, sorted for the suggestion list. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/\\-]+"))
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
}
