package org.civicportal.shared.servicearea;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.FieldMessages;

/** The service-area taxonomy for administrators ({@code admin/servicearea/areas.xhtml}). */
@Named
@ViewScoped
public class ServiceAreasPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceAreas areas;

    @Inject
    ServiceAreaAdministration administration;

    private List<ServiceArea> entries;
    private Long newAreaId;
    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String newName;
    private Long renaming;
    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String rename;

    @PostConstruct
    void load() {
        entries = areas.all();
    }

    public void add() {
        ServiceArea added = administration.add(newAreaId, newName);
        FieldMessages.info("\u201c" + added.getName() + "\u201d is added" + (added.isArea() ? " as an area." : " to " + added.getParent().getName() + "."));
        newName = null;
        load();
    }

    public void startRenaming(ServiceArea entry) {
        renaming = entry.getId();
        rename = entry.getName();
    }

    public void saveName() {
        administration.rename(renaming, rename);
        FieldMessages.info("Renamed to \u201c" + rename.strip() + "\u201d.");
        renaming = null;
        load();
    }

    public void cancelRenaming() {
        renaming = null;
    }

    public void retire(ServiceArea entry) {
        administration.setActive(entry.getId(), false);
        FieldMessages.info("\u201c" + entry.getName() + "\u201d is retired: it is no longer offered for new choices; what was tagged with it keeps it.");
        load();
    }

    public void restore(ServiceArea entry) {
        administration.setActive(entry.getId(), true);
        FieldMessages.info("\u201c" + entry.getName() + "\u201d is offered again.");
        load();
    }

    /** The areas, for the "add under" menu. */
    public List<ServiceArea> getAreaChoices() {
        return entries.stream().filter(ServiceArea::isArea).toList();
    }

    public List<ServiceArea> getEntries() {
        return entries;
    }

    public Long getNewAreaId() {
        return newAreaId;
    }

    public void setNewAreaId(Long newAreaId) {
        this.newAreaId = newAreaId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getRenaming() {
        return renaming;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }
}
