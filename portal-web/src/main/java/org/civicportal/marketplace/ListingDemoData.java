package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * Demonstration listings of the demonstration providers, across service areas, partnerships and
 * regions, and one change waiting for a moderator while its listing stays live. A provider missing
 * or not approved gets none; a provider with listings already is left alone, so each start adds
 * only what is missing.
 */
@ApplicationScoped
public class ListingDemoData {

    private static final Logger LOG = Logger.getLogger(ListingDemoData.class.getName());

    /** One demonstration listing: its provider's address, its text and its facets. */
    private record DemoListing(String provider, String title, String summary, String description, List<String> areas,
                               EnumSet<PartnerType> kinds, String regions, PriceModel price, String priceNote) {
    }

    private static final List<DemoListing> LISTINGS = List.of(
            new DemoListing("civic-shared-services", "Shared fleet maintenance feasibility studies",
                    "We model the costs of a shared fleet garage for two to six neighbouring governments and draft the interlocal agreement.",
                    "<h2>What we do</h2><p>An inventory of every vehicle, the work each garage does today, and three options for a shared shop, "
                    + "priced over ten years.</p><ul><li>Vehicle and work-order analysis</li><li>Cost-sharing formulas</li><li>A draft agreement</li></ul>",
                    List.of("Fleet maintenance"), EnumSet.of(PartnerType.INTERGOVERNMENTAL, PartnerType.PRIVATE), "US-CA, US-OR, US-WA",
                    PriceModel.FIXED_FEE, "From $28,000 for two governments"),
            new DemoListing("civic-shared-services", "Managed IT services procurement",
                    "We write the request for proposals, score the bids and negotiate service levels when you contract out IT support.",
                    "<p>From the inventory of what you run to the signed contract, with service levels you can measure.</p>",
                    List.of("Network and infrastructure", "Business software"), EnumSet.of(PartnerType.PRIVATE), "US",
                    PriceModel.HOURLY, "$165 an hour, capped per phase"),
            new DemoListing("community-partners-network", "Recreation programmes with nonprofit partners",
                    "We match parks departments with local nonprofits to run youth and senior programmes, and write the partnership agreements.",
                    "<p>We have brokered over forty partnerships between parks departments and community nonprofits.</p>",
                    List.of("Recreation programs"), EnumSet.of(PartnerType.NONPROFIT), "US-IL, US-MN, US-WI",
                    PriceModel.GRANT_FUNDED, "Free to governments under 25,000 residents"),
            new DemoListing("community-partners-network", "Library services partnerships",
                    "Help for towns that want to run library services with a neighbouring system or a nonprofit friends group.",
                    "<p>Options, costs and governance for shared library services, drawn from our work with rural towns.</p>",
                    List.of("Library services"), EnumSet.of(PartnerType.NONPROFIT, PartnerType.INTERGOVERNMENTAL), "US-MN, US-VT",
                    PriceModel.PER_PROJECT_QUOTE, null),
            new DemoListing("university-center-local-government", "Shared dispatch consolidation studies",
                    "An independent study of consolidating 911 dispatch centres: call volumes, staffing, technology and governance.",
                    "<h2>Method</h2><p>We analyse two years of call data and interview every agency before modelling a joint centre.</p>",
                    List.of("Dispatch and 911"), EnumSet.of(PartnerType.INTERGOVERNMENTAL), "US-NC, US-VA, US-SC",
                    PriceModel.FIXED_FEE, "$45,000 to $70,000 depending on the number of agencies"),
            new DemoListing("university-center-local-government", "Training in service-sharing agreements",
                    "A two-day course for managers and attorneys on writing, pricing and ending interlocal agreements.",
                    "<p>Taught by faculty and practising city managers, with real agreements as case material.</p>",
                    List.of("General administration"), EnumSet.of(PartnerType.INTERGOVERNMENTAL, PartnerType.PRIVATE, PartnerType.NONPROFIT),
                    "US", PriceModel.FIXED_FEE, "$650 a participant"),
            new DemoListing("mid-valley-council-of-governments", "Regional purchasing cooperative",
                    "Join our cooperative purchasing contracts for road salt, fuel, vehicles and office supplies.",
                    "<p>Members save an average of 11% on the goods the cooperative buys together.</p>",
                    List.of("Purchasing"), EnumSet.of(PartnerType.INTERGOVERNMENTAL), "US-OR",
                    PriceModel.RETAINER, "Annual membership by population"),
            new DemoListing("mid-valley-council-of-governments", "Shared GIS services",
                    "Mapping, parcel data and GIS analysis for member governments that cannot staff their own.",
                    "<p>Our GIS team maintains parcel and utility maps for fourteen cities and two counties.</p>",
                    List.of("Geographic information systems"), EnumSet.of(PartnerType.INTERGOVERNMENTAL), "US-OR, US-WA",
                    PriceModel.RETAINER, null));

    @Inject
    ListingSeeding seeding;

    @Inject
    ServiceAreas serviceAreas;

    /** Publishes the demonstration listings of each demonstration provider that has none yet. */
    public void loadOnce() {
        List<ServiceArea> areas = serviceAreas.choosable();
        Listing toChange = null;
        int published = 0;
        for (String slug : LISTINGS.stream().map(DemoListing::provider).distinct().toList()) {
            Optional<ProviderOrganisation> provider = seeding.organisation(slug).filter(ProviderOrganisation::isActive);
            if (provider.isEmpty() || seeding.hasListings(provider.get())) {
                continue;
            }
            for (DemoListing demo : LISTINGS.stream().filter(l -> l.provider().equals(slug)).toList()) {
                Listing listing = seeding.publish(provider.get(), form(demo, areas));
                published++;
                if (toChange == null) {
                    toChange = listing;
                }
            }
        }
        if (toChange != null) {
            // the first listing gets a change waiting for moderation: the directory keeps the published text
            ListingForm change = form(LISTINGS.get(0), areas);
            change.setSummary(LISTINGS.get(0).summary() + " Now with electric-vehicle charging plans.");
            seeding.proposeChange(toChange, change);
        }
        if (published > 0) {
            LOG.info("Demonstration data: " + published + " provider listings published, one change waiting for moderation");
        }
    }

    private static ListingForm form(DemoListing demo, List<ServiceArea> areas) {
        ListingForm form = new ListingForm();
        form.setTitle(demo.title());
        form.setSummary(demo.summary());
        form.setDescriptionHtml(demo.description());
        form.setServiceAreaIds(areas.stream().filter(a -> demo.areas().contains(a.getName())).map(ServiceArea::getId).toList());
        form.setPartnershipKinds(demo.kinds());
        form.setRegions(demo.regions());
        form.setPriceModel(demo.price());
        form.setPriceNote(demo.priceNote());
        return form;
    }
}
