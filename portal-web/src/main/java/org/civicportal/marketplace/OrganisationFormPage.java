package org.civicportal.marketplace;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * What the application page and the organisation's profile share: the form, its partnership
 * boxes (chosen by name, as the page sends them) and the lists it offers. The fields themselves are
 * drawn by {@code WEB-INF/includes/provider-profile-fields.xhtml}.
 */
public abstract class OrganisationFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceAreas serviceAreas;

    private OrganisationForm form;
    private List<String> partnerNames = new ArrayList<>();

    /** Starts editing the form: the partnership boxes show what it holds. */
    protected void edit(OrganisationForm editing) {
        form = editing;
        partnerNames = new ArrayList<>(editing.getPartnershipKinds().stream().map(Enum::name).toList());
    }

    /** The form as the service takes it: the partnership kinds ticked. */
    protected OrganisationForm formToSend() {
        Set<PartnerType> kinds = EnumSet.noneOf(PartnerType.class);
        for (PartnerType kind : PartnerType.values()) {
            if (partnerNames.contains(kind.name())) {
                kinds.add(kind);
            }
        }
        form.setPartnershipKinds(kinds);
        return form;
    }

    public List<ServiceArea> getServiceAreaChoices() {
        return serviceAreas.choosable();
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    public PartnerType[] getPartnerTypes() {
        return PartnerType.values();
    }

    public OrganisationForm getForm() {
        return form;
    }

    public List<String> getPartnerNames() {
        return partnerNames;
    }

    public void setPartnerNames(List<String> partnerNames) {
        this.partnerNames = partnerNames == null ? new ArrayList<>() : new ArrayList<>(partnerNames);
    }
}
