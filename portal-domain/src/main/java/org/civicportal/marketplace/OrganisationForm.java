package org.civicportal.marketplace;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.FormText;
import org.civicportal.shared.TextShape;
import org.civicportal.shared.ValidEmail;

/**
 * What an organisation tells about itself when it applies, and later on its profile. The service
 * checks it in one pass (these constraints, the lines of regions and references, the service areas)
 * and only then copies it into the organisation; the form never touches the database. Empty lines of
 * regions and references are left out, so the lines keep their places for the messages.
 */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many reference lines the form offers; at least {@link #MIN_REFERENCES} are needed. */
    public static final int MAX_REFERENCES = 5;
    public static final int MIN_REFERENCES = 2;
    /** How many service areas an organisation names at most. */
    public static final int MAX_SERVICE_AREAS = 20;

    @NotBlank(message = "Enter the organisation's name.")
    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String name;

    @NotNull(message = "Choose the kind of organisation.")
    private OrganisationType type;

    @Size(max = 500, message = "Use at most 500 characters.")
    @TextShape(value = TextShape.Shape.WEB_ADDRESS, message = "Enter the web address in full, like https://www.example.org.")
    private String website;

    @NotBlank(message = "Describe what the organisation does for local governments.")
    @Size(max = 4000, message = "Use at most 4,000 characters.")
    @CleanText(multiLine = true)
    private String description;

    @NotBlank(message = "Enter where the head office is: city, state or province, and country.")
    @Size(max = 300, message = "Use at most 300 characters.")
    @CleanText
    private String headOffice;

    @NotBlank(message = "Enter the name of the person we should contact.")
    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String contactName;

    @NotBlank(message = "Enter the contact person's e-mail address.")
    @Size(max = 254, message = "Use at most 254 characters.")
    @ValidEmail
    private String contactEmail;

    @Size(max = 50, message = "Use at most 50 characters.")
    @CleanText
    private String contactPhone;

    @NotEmpty(message = "Choose at least one service area you work in.")
    @Size(max = MAX_SERVICE_AREAS, message = "Choose at most 20 service areas.")
    private List<Long> serviceAreaIds = new ArrayList<>();

    @NotEmpty(message = "Choose at least one kind of partnership you support.")
    private Set<PartnerType> partnershipKinds = EnumSet.noneOf(PartnerType.class);

    private List<RegionChoice> regions = ServedRegions.linesOf(Set.of(), 4);

    @NotBlank(message = "Describe your credentials: registrations, certifications, insurance, years of work for local governments.")
    @Size(max = 4000, message = "Use at most 4,000 characters.")
    @CleanText(multiLine = true)
    private String credentials;

    private List<ProviderReference> references = blankReferences(List.of());

    /** A form holding what the organisation says now, for editing its profile. */
    public static OrganisationForm of(ProviderOrganisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.getName();
        form.type = organisation.getType();
        form.website = organisation.getWebsite();
        form.description = organisation.getDescription();
        form.headOffice = organisation.getHeadOffice();
        form.contactName = organisation.getContactName();
        form.contactEmail = organisation.getContactEmail();
        form.contactPhone = organisation.getContactPhone();
        form.serviceAreaIds = new ArrayList<>(organisation.getServiceAreas().stream().map(area -> area.getId()).toList());
        form.setPartnershipKinds(organisation.getPartnershipKinds());
        form.regions = ServedRegions.linesOf(organisation.getRegions(), organisation.getRegions().size() + 2);
        form.credentials = organisation.getCredentials();
        form.references = blankReferences(organisation.getReferences());
        return form;
    }

    /** The references given, followed by empty lines up to {@link #MAX_REFERENCES}. */
    private static List<ProviderReference> blankReferences(List<ProviderReference> given) {
        List<ProviderReference> lines = new ArrayList<>();
        given.forEach(r -> lines.add(new ProviderReference(r.getClientName(), r.getContactName(), r.getContactDetails())));
        while (lines.size() < MAX_REFERENCES) {
            lines.add(new ProviderReference());
        }
        return lines;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = FormText.stripped(name);
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = FormText.orNull(website);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = FormText.stripped(description);
    }

    public String getHeadOffice() {
        return headOffice;
    }

    public void setHeadOffice(String headOffice) {
        this.headOffice = FormText.stripped(headOffice);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = FormText.stripped(contactName);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = FormText.stripped(contactEmail);
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = FormText.orNull(contactPhone);
    }

    public List<Long> getServiceAreaIds() {
        return serviceAreaIds;
    }

    public void setServiceAreaIds(List<Long> serviceAreaIds) {
        this.serviceAreaIds = serviceAreaIds == null ? new ArrayList<>() : new ArrayList<>(serviceAreaIds);
    }

    public Set<PartnerType> getPartnershipKinds() {
        return partnershipKinds;
    }

    public void setPartnershipKinds(Set<PartnerType> kinds) {
        this.partnershipKinds = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(PartnerType.class) : EnumSet.copyOf(kinds);
    }

    public List<RegionChoice> getRegions() {
        return regions;
    }

    public void setRegions(List<RegionChoice> regions) {
        this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
    }

    public String getCredentials() {
        return credentials;
    }

    public void setCredentials(String credentials) {
        this.credentials = FormText.stripped(credentials);
    }

    public List<ProviderReference> getReferences() {
        return references;
    }

    public void setReferences(List<ProviderReference> references) {
        this.references = references == null ? new ArrayList<>() : new ArrayList<>(references);
    }
}
