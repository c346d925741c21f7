package org.civicportal.marketplace;

import java.util.EnumSet;
import java.util.List;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/** Valid applications for in-container tests, which each test then spoils or changes as it needs. */
final class ProviderForms {

    private ProviderForms() {
    }

    static OrganisationForm valid(ServiceAreas areas, String name) {
        OrganisationForm form = new OrganisationForm();
        form.setName(name);
        form.setType(OrganisationType.FIRM);
        form.setWebsite("https://www.example.org");
        form.setDescription("We help towns share public works.");
        form.setHeadOffice("Eugene, OR, United States");
        form.setContactName("Casey Contact");
        form.setContactEmail("Casey@Example.org");
        form.setContactPhone("+1 555 0100");
        form.setServiceAreaIds(areas.choosable().stream().filter(ServiceArea::isArea).limit(2).map(ServiceArea::getId).toList());
        form.setPartnershipKinds(EnumSet.of(PartnerType.INTERGOVERNMENTAL));
        form.setRegions(List.of(new RegionChoice("US", "OR"), new RegionChoice("CA", null), new RegionChoice()));
        form.setCredentials("Registered in Oregon since 2009; insured.");
        form.setReferences(List.of(new ProviderReference("City of Alder", "Avery Ash", "avery@alder.example.gov"),
                new ProviderReference("Birch County", "Blake Birch", "+1 555 0199"), new ProviderReference()));
        return form;
    }
}
