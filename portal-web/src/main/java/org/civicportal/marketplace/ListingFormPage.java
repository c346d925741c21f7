package org.civicportal.marketplace;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.content.LibraryItem;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * A provider writing one listing ({@code provider/listing.xhtml}, {@code ?id=} to edit): the form,
 * sending it for moderation, and its documents. Editing a published listing writes a pending
 * version; the directory shows the published one until a moderator approves the change. Another
 * organisation's id answers 404, as an unknown one does.
 */
@Named
@ViewScoped
public class ListingFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ListingService service;

    @Inject
    ServiceAreas serviceAreas;

    private Long id;
    private ListingForm form = new ListingForm();
    private List<String> partnershipNames = new ArrayList<>();
    /** The version the form was filled from, and its counter then: a save over a newer change is refused. */
    private Long seenVersionId;
    private int seenVersion;
    private transient Listing listing;
    private transient List<ListingVersion> versions;
    private transient Part upload;
    private transient List<LibraryItem> caseStudyChoices;

    /** Fills the form from the latest version (the pending one if any); 404 for an id that is not the caller's. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        listing = service.listing(id).orElse(null);
        if (listing == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        ListingVersion latest = listing.getLatestVersion();
        form = ListingForm.of(latest);
        partnershipNames = new ArrayList<>(form.getPartnershipKinds().stream().map(Enum::name).toList());
        seenVersionId = latest.getId();
        seenVersion = latest.getVersion();
        versions = service.versions(id);
    }

    /** Saves the draft (a new listing is created). */
    public String save() {
        ListingVersion saved = write();
        return done("Saved. Send it for moderation when it is ready.", saved.getListing().getId());
    }

    /** Saves, then sends the draft for moderation. */
    public String saveAndSubmit() {
        ListingVersion saved = write();
        service.submit(saved.getListing().getId(), saved.getId(), saved.getVersion());
        return done(saved.getListing().getLiveVersion() == null
                ? "Sent for moderation. An administrator will approve it or send it back with a reason."
                : "Sent for moderation. The directory shows the published version until the change is approved.",
                saved.getListing().getId());
    }

    private ListingVersion write() {
        form.setPartnershipKinds(kinds());
        if (id == null) {
            Listing created = service.create(form);
            id = created.getId();
            return created.getPendingVersion();
        }
        return service.save(id, form, seenVersionId, seenVersion);
    }

    public String attach() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            throw new InvalidInputException("upload", "Choose a file to attach.");
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) Math.min(upload.getSize(), ListingWriting.MAX_DOCUMENT_BYTES + 1));
        }
        ListingDocument document = service.attach(id, upload.getSubmittedFileName(), content);
        return done("Attached " + document.getFileName() + ". It is shown once the change is approved.", id);
    }

    /** Withdraws the change: the directory keeps the published version, and the form shows it again. */
    public String withdrawChange() {
        service.withdrawChange(id, seenVersionId, seenVersion);
        return done("The change is withdrawn; the published version stays as it is.", id);
    }

    /** True when a published listing has a change the provider may withdraw. */
    public boolean isChangeWithdrawable() {
        return listing != null && listing.getLiveVersion() != null && listing.getPendingVersion() != null;
    }

    public String removeDocument(long documentId) {
        service.removeDocument(id, documentId);
        return done("Removed from this version.", id);
    }

    private String done(String message, long listingId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info(message);
        return "/provider/listing?faces-redirect=true&id=" + listingId;
    }

    private Set<PartnerType> kinds() {
        Set<PartnerType> kinds = EnumSet.noneOf(PartnerType.class);
        for (PartnerType kind : PartnerType.values()) {
            if (partnershipNames.contains(kind.name())) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** True while the pending version waits for a moderator: the form cannot be saved then. */
    public boolean isWaiting() {
        return listing != null && listing.getPendingVersion() != null
                && listing.getPendingVersion().getState() == ListingVersionState.WAITING;
    }

    public List<ServiceArea> getServiceAreaChoices() {
        return serviceAreas.choosable();
    }

    /** The library's public case studies, read once for the view. */
    public List<LibraryItem> getCaseStudyChoices() {
        if (caseStudyChoices == null) {
            caseStudyChoices = service.caseStudyChoices();
        }
        return caseStudyChoices;
    }

    public PartnerType[] getPartnershipKinds() {
        return PartnerType.values();
    }

    public PriceModel[] getPriceModels() {
        return PriceModel.values();
    }

    /** The documents of the version being written (the pending one, else the live one). */
    public List<ListingDocument> getDocuments() {
        return listing == null ? List.of() : new ArrayList<>(listing.getLatestVersion().getDocuments());
    }

    public Listing getListing() {
        return listing;
    }

    public List<ListingVersion> getVersions() {
        return versions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ListingForm getForm() {
        return form;
    }

    public List<String> getPartnershipNames() {
        return partnershipNames;
    }

    public void setPartnershipNames(List<String> partnershipNames) {
        this.partnershipNames = partnershipNames == null ? new ArrayList<>() : new ArrayList<>(partnershipNames);
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
