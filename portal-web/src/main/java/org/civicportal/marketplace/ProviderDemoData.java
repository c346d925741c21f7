package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.civicportal.account.AccountSeeding;
import org.civicportal.account.PositionType;
import org.civicportal.account.Role;
import org.civicportal.account.SignUp;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.PortalStartup;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * Demonstration providers: four approved ones (a consulting firm, a nonprofit, a university centre,
 * a regional council of governments) across service areas and regions, and one application waiting
 * for vetting. The organisations and people are invented. Their addresses (slugs) are fixed: the
 * demonstration listings find their providers by them.
 */
@ApplicationScoped
public class ProviderDemoData {

    private static final Logger LOG = Logger.getLogger(ProviderDemoData.class.getName());

    /** The demonstration provider login: a demonstration member, the user of the consulting firm. */
    public static final String PROVIDER_LOGIN = "luis.romero@demo.civicportal.example";

    @Inject
    ProviderSeeding seeding;

    @Inject
    AccountSeeding accounts;

    @Inject
    ServiceAreas serviceAreas;

    private record DemoProvider(String slug, String name, OrganisationType type, String headOffice, String description,
                                List<String> areas, Set<PartnerType> kinds, List<RegionChoice> regions, String userEmail,
                                String userName, boolean approved) {
    }

    private static final List<DemoProvider> PROVIDERS = List.of(
        new DemoProvider("civic-shared-services", "Civic Shared Services LLC", OrganisationType.FIRM, "Harbor Point, CA, United States",
            "Consultants who help cities and counties study, negotiate and set up shared services and service contracts:"
            + " feasibility studies, cost models, interlocal agreements and transition plans.",
            List.of("Public works", "Finance", "Information technology"), EnumSet.of(PartnerType.INTERGOVERNMENTAL, PartnerType.PRIVATE),
            List.of(new RegionChoice("US", "CA"), new RegionChoice("US", "OR"), new RegionChoice("US", "WA")),
            PROVIDER_LOGIN, "Luis Romero", true),
        new DemoProvider("community-partners-network", "Community Partners Network", OrganisationType.NONPROFIT, "Minneapolis, MN, United States",
            "A nonprofit that pairs local governments with community organisations to deliver recreation, library and human services"
            + " together, from the first conversation to the service agreement.",
            List.of("Parks and recreation", "Libraries", "Health and human services"), EnumSet.of(PartnerType.NONPROFIT),
            List.of(new RegionChoice("US", "MN"), new RegionChoice("US", "WI"), new RegionChoice("US", "IL")),
            "nadia.cole@demo.civicportal.example", "Nadia Cole", true),
        new DemoProvider("university-center-local-government", "University Center for Local Government", OrganisationType.UNIVERSITY,
            "Denver, CO, United States",
            "A university research centre offering technical assistance on service delivery choices: readiness assessments,"
            + " comparisons of delivery options and evaluation of existing collaborations.",
            List.of("General administration", "Planning and development", "Public safety"),
            EnumSet.of(PartnerType.INTERGOVERNMENTAL, PartnerType.PRIVATE, PartnerType.NONPROFIT),
            List.of(new RegionChoice("US", null), new RegionChoice("CA", null)),
            "elena.park@demo.civicportal.example", "Elena Park", true),
        new DemoProvider("mid-valley-council-of-governments", "Mid-Valley Council of Governments", OrganisationType.GOVERNMENT_BODY,
            "Salem, OR, United States",
            "A regional council of governments that runs shared dispatch, purchasing and GIS for its member cities and counties,"
            + " and helps others in the valley set up the same.",
            List.of("Public safety", "Finance", "Information technology"), EnumSet.of(PartnerType.INTERGOVERNMENTAL),
            List.of(new RegionChoice("US", "OR")),
            "owen.fraser@demo.civicportal.example", "Owen Fraser", true),
        new DemoProvider("harbor-analytics-group", "Harbor Analytics Group", OrganisationType.FIRM, "Portland, ME, United States",
            "Data analysts who benchmark service costs across municipalities and model the savings of consolidation.",
            List.of("Finance", "General administration"), EnumSet.of(PartnerType.PRIVATE),
            List.of(new RegionChoice("US", "ME"), new RegionChoice("US", "NH"), new RegionChoice("US", "VT")),
            "tessa.lund@demo.civicportal.example", "Tessa Lund", false));

    /**
     * Adds the demonstration providers that are missing, approved by the (first) administrator.
     *
     * @return the demonstration provider's password when this start created its organisation (it is
     *         generated and known only to this start), else empty
     */
    public Optional<String> loadOnce() {
        long administratorId = accounts.anyAdministratorId()
                .orElseThrow(() -> new IllegalStateException("the demonstration providers need an administrator to approve them"));
        boolean firstStart = !seeding.exists(PROVIDERS.get(0).slug());
        int added = 0;
        for (DemoProvider provider : PROVIDERS) {
            if (seeding.exists(provider.slug())) {
                continue;
            }
            long userId = accounts.idOf(provider.userEmail()).orElseGet(() -> person(provider));
            seeding.seed(provider.slug(), form(provider), userId, provider.approved() ? administratorId : null);
            added++;
        }
        if (added > 0) {
            int count = added;
            LOG.info(() -> "Demonstration data: " + count + " providers added");
        }
        if (!firstStart) {
            return Optional.empty();
        }
        String password = PortalStartup.randomPassword();
        accounts.setPassword(PROVIDER_LOGIN, password);
        return Optional.of(password);
    }

    private OrganisationForm form(DemoProvider provider) {
        OrganisationForm form = new OrganisationForm();
        form.setName(provider.name());
        form.setType(provider.type());
        form.setWebsite("https://" + provider.slug() + ".example.org");
        form.setDescription(provider.description());
        form.setHeadOffice(provider.headOffice());
        form.setContactName(provider.userName());
        form.setContactEmail(provider.userEmail());
        form.setContactPhone("+1 555 0100");
        List<ServiceArea> all = serviceAreas.all();
        form.setServiceAreaIds(all.stream().filter(a -> a.getParent() == null && provider.areas().contains(a.getName()))
                .map(ServiceArea::getId).toList());
        form.setPartnershipKinds(provider.kinds());
        form.setRegions(provider.regions());
        form.setCredentials("Registered and in good standing; professional liability insurance; more than five years of work"
                + " for local governments.");
        form.setReferences(List.of(
                new ProviderReference("City of Riverbend", "Maria Alvarez", "maria.alvarez@demo.civicportal.example"),
                new ProviderReference("Hollis County", "James Whitfield", "+1 555 0142")));
        return form;
    }

    private long person(DemoProvider provider) {
        SignUp signUp = new SignUp();
        signUp.setEmail(provider.userEmail());
        signUp.setFullName(provider.userName());
        signUp.setPositionTitle("Director, " + provider.name());
        signUp.setPositionType(PositionType.OTHER);
        signUp.getJurisdiction().setName(provider.name());
        int comma = provider.headOffice().indexOf(", ");
        signUp.getJurisdiction().setRegion(provider.headOffice().substring(comma + 2, comma + 4));
        signUp.getJurisdiction().setCountry("US");
        signUp.getJurisdiction().setPopulation(1);
        return accounts.createWithUnknownPassword(signUp, EnumSet.of(Role.MEMBER)).getId();
    }
}
