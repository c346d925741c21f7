package org.civicportal.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.civicportal.account.AccountSeeding;
import org.civicportal.account.Jurisdiction;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * Four sample case studies for the demonstration, across service areas, partners and community
 * sizes (the places and figures are invented and every one is labelled as a sample), and a
 * bibliography of twenty real works.
 */
@ApplicationScoped
public class LibraryDemoData {

    private static final Logger LOG = Logger.getLogger(LibraryDemoData.class.getName());

    /** The demonstration editor, one of the demonstration members. */
    private static final String EDITOR = "grace.mensah@demo.civicportal.example";

    @Inject
    LibrarySeeding seeding;

    @Inject
    AccountSeeding accounts;

    @Inject
    ServiceAreas serviceAreas;


    @Inject
    LibraryWriting writing;

    /** Twenty real published works on inter-municipal cooperation, contracting out and partnerships (facts only). */
    private static String demoBibliography() {
        try (java.io.InputStream in = LibraryDemoData.class.getClassLoader().getResourceAsStream("content/bibliography-demo.bib")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException missing) {
            throw new IllegalStateException("the demonstration bibliography is missing", missing);
        }
    }

    /** Loads what is missing: the case studies and bibliography at the first start, the other resources once. */
    public void loadOnce() {
        long editor = accounts.idOf(EDITOR).orElseThrow(() -> new IllegalStateException("the demonstration editor is missing"));
        if (!seeding.any()) {
            loadCaseStudiesAndBibliography(editor);
        }
        if (!seeding.any(ResourceKind.RESEARCH_SUMMARY)) {
            seeding.publishResearchSummary(researchSummary(), editor);
            LOG.info("Demonstration data: a research summary published");
        }
        if (!seeding.any(ResourceKind.TRAINING_PROGRAMME)) {
            // the first date is the next demonstration event, the course's opening webinar
            List<org.civicportal.events.Event> events = seeding.nextEvents(1);
            String first = events.isEmpty() ? "2027-04-14"
                    : events.get(0).getStartsAt().atZone(events.get(0).zone()).toLocalDate() + " event " + events.get(0).getId();
            seeding.publishTrainingProgramme(training("Shared services essentials",
                    "An online course on when and how to share a service with a neighbouring government: feasibility, cost"
                    + " sharing, agreements and governance.", "The association's training team", TrainingFormat.ONLINE,
                    "6 weeks, 2 hours a week", "250", "450", "12",
                    first + "\n" + LocalDate.of(2027, 9, 8),
                    "https://training.example.org/shared-services-essentials"), editor);
            seeding.publishTrainingProgramme(training("Contracting for public services: a self-paced primer",
                    "Work through the steps of contracting out a service at your own pace, from measuring your own costs to"
                    + " monitoring the contract.", "The association's training team", TrainingFormat.SELF_PACED,
                    "About 8 hours", null, "95", "4", "", null), editor);
            LOG.info("Demonstration data: 2 training programmes published");
        }
        if (!seeding.any(ResourceKind.PROGRAMME_PAGE)) {
            seeding.publishProgrammePage(programme(), editor);
            LOG.info("Demonstration data: a programme page published");
        }
    }

    /**
     * The association's programme on collaborative service delivery, gathering the demonstration's
     * research summary, case studies, training and events (the page adds the decision tool, the
     * events catalog and the bibliography itself). The sponsor is fictional.
     */
    private ProgrammePageForm programme() {
        ProgrammePageForm form = new ProgrammePageForm();
        form.setTitle("Collaborative Service Delivery Program");
        form.setSummary("The association's programme on delivering local services together with other governments, companies"
                + " and nonprofits: research, case studies, training, events and a tool to weigh a decision.");
        form.setBodyHtml("<h2>About the programme</h2><p>Local governments share services, contract them out and form"
                + " partnerships to serve residents better or at lower cost. The programme gathers what the association"
                + " offers on the subject in one place.</p><h2>Where to start</h2><ol><li>Read the research summary.</li>"
                + "<li>Look at case studies of places like yours.</li><li>Weigh your own service with the decision tool.</li></ol>");
        form.setPartnerOrganisations("The association's research team; the Example University Center for Local Government"
                + " (fictional, for demonstration)");
        form.setSponsorAcknowledgement("This programme is supported by the Example Foundation, a fictional sponsor used for demonstration.");
        List<Long> items = new java.util.ArrayList<>(seeding.publicItemIds(ResourceKind.RESEARCH_SUMMARY));
        items.addAll(seeding.publicItemIds(ResourceKind.CASE_STUDY).stream().limit(4).toList());
        items.addAll(seeding.publicItemIds(ResourceKind.TRAINING_PROGRAMME).stream().limit(2).toList());
        form.setItemIds(items);
        form.setEvents(String.join("\n", seeding.nextEvents(2).stream().map(e -> "event " + e.getId()).toList()));
        form.setAccess(Access.PUBLIC);
        return form;
    }

    private static TrainingProgrammeForm training(String title, String summary, String provider, TrainingFormat format,
                                                  String duration, String memberPrice, String nonMemberPrice, String credits,
                                                  String dates, String registration) {
        TrainingProgrammeForm form = new TrainingProgrammeForm();
        form.setTitle(title);
        form.setSummary(summary);
        form.setBodyHtml("<h2>Who it is for</h2><p>Managers and staff of local governments weighing or running a partnership.</p>"
                + "<h2>What it covers</h2><ul><li>Choosing a service to share</li><li>Costs and savings</li>"
                + "<li>Agreements and governance</li></ul>");
        form.setProvider(provider);
        form.setFormat(format);
        form.setDuration(duration);
        form.setMemberPrice(memberPrice == null ? null : new BigDecimal(memberPrice));
        form.setNonMemberPrice(nonMemberPrice == null ? null : new BigDecimal(nonMemberPrice));
        form.setCredits(credits == null ? null : new BigDecimal(credits));
        form.setUpcomingDates(dates);
        form.setRegistrationUrl(registration);
        form.setAccess(Access.PUBLIC);
        return form;
    }

    /**
     * A research summary of the field in general terms: what studies of inter-municipal cooperation
     * tend to report, with no figures of its own (the bibliography holds the works themselves).
     */
    private static ResearchSummaryForm researchSummary() {
        ResearchSummaryForm form = new ResearchSummaryForm();
        form.setTitle("Collaborative service delivery: what the research finds");
        form.setSummary("A plain-language overview of what published studies say about local governments delivering services"
                + " together: when sharing tends to pay off, what it costs to set up and run, and what makes a partnership last."
                + " It is a general summary for managers, not a new study.");
        form.setBodyHtml("<h2>What was reviewed</h2><p>Studies of inter-municipal cooperation, contracting out and public-private"
                + " partnerships in several countries, many of them listed in the library's bibliography.</p>"
                + "<h2>What the studies agree on</h2><p>Results depend on the service and on the places involved: there is no"
                + " single answer to whether collaboration saves money.</p>"
                + "<h2>Where they differ</h2><p>Findings on savings vary from study to study and over time; readers should look at"
                + " the individual works for the settings they describe.</p>"
                + "<h2>Using this summary</h2><p>Treat it as a starting point for questions to ask before a decision, alongside the"
                + " association's decision tool.</p>");
        form.setAuthors("The association's research team");
        form.setPartnerOrganisations("The Example Foundation (a fictional sponsor used for demonstration)");
        form.setPublicationDate(java.time.LocalDate.of(2026, 9, 15));
        form.setKeyFindings(String.join("\n",
                "Savings from sharing a service are more often reported for small governments than for large ones.",
                "Services with high fixed costs, such as dispatch or IT, are those most often shared.",
                "Setting up and running a partnership has costs of its own, which studies say should be counted.",
                "Clear agreements on cost sharing and governance are a common feature of partnerships that last."));
        form.setAccess(Access.PUBLIC);
        return form;
    }

    /**
     * The bibliography first, so that each case study can list the works it relates to; a later
     * case study also lists the earlier one of the same kind of partnership.
     */
    private void loadCaseStudiesAndBibliography(long editor) {
        List<BibliographyEntry> works = writing.importBibliography(demoBibliography(), editor);
        CaseStudy dispatch = seeding.publishCaseStudy(withRelated(study("Two counties answer 911 calls from one dispatch centre",
                "Hollis and Ashby counties merged their emergency dispatch into one centre run under an interlocal agreement,"
                + " cutting call-answering times and the cost of a second centre.",
                "<h2>The problem</h2><p>Each county ran its own dispatch centre with too few staff at night, and both needed new"
                + " radio consoles.</p><h2>What they did</h2><ul><li>One centre, staffed by both counties' dispatchers</li>"
                + "<li>A board of the two county managers and the sheriffs</li><li>Costs shared by call volume</li></ul>",
                "Public safety", Set.of(PartnerType.INTERGOVERNMENTAL), Arrangement.INTERLOCAL_AGREEMENT, 2018,
                List.of(new Jurisdiction("Hollis County", "NC", "US", 61_200), new Jurisdiction("Ashby County", "NC", "US", 38_400)),
                "410000", "18", "Calls answered within 10 seconds went from 81 % to 95 %.",
                "Agree on the cost formula before the first shift. Keep both sheriffs on the board.", Access.PUBLIC),
                works, List.of(), "Inter-municipal cooperation and costs", "Factors explaining inter-municipal cooperation"), editor);
        CaseStudy streets = seeding.publishCaseStudy(withRelated(study("A town of 2,000 contracts its street maintenance",
                "Pine Hollow replaced its two-person street crew and ageing plough with a five-year contract with a regional firm.",
                "<p>The town compared three years of its own costs with three bids, then wrote response times for snow and"
                + " potholes into the contract, with penalties.</p>",
                "Public works", Set.of(PartnerType.PRIVATE), Arrangement.CONTRACT, 2020,
                List.of(new Jurisdiction("Town of Pine Hollow", "VT", "US", 2_150)),
                null, "22", "Snow routes are cleared within 6 hours of the end of a storm, as before.",
                "Measure your own costs first; write the service level into the contract; plan what you will do at renewal.",
                Access.MEMBERS),
                works, List.of(), "Is private production of public services cheaper", "Contracting for government services"), editor);
        seeding.publishCaseStudy(withRelated(study("A city and a nonprofit run youth recreation together",
                "Harbor Point pays a youth nonprofit to run after-school and summer programmes in city parks and centres.",
                "<p>The city keeps the buildings and the fees policy; the nonprofit hires and trains the staff and raises"
                + " grants the city cannot.</p>",
                "Parks and recreation", Set.of(PartnerType.NONPROFIT), Arrangement.CONTRACT, 2016,
                List.of(new Jurisdiction("City of Harbor Point", "CA", "US", 112_000)),
                "150000", null, "Programme places rose from 400 to 650 a summer.",
                "Share the data on who takes part; agree on fees together.", Access.PUBLIC),
                works, List.of(streets), "Managing markets for public service", "Why do local governments privatise"), editor);
        seeding.publishCaseStudy(withRelated(study("Five villages share one IT department",
                "Lakemont and four neighbouring villages formed a joint authority that runs their networks, help desk and"
                + " cyber security.",
                "<p>No village could hire a security specialist alone. The authority employs four people and bills each"
                + " member by the number of devices.</p>",
                "Information technology", Set.of(PartnerType.INTERGOVERNMENTAL), Arrangement.JOINT_AUTHORITY, 2021,
                List.of(new Jurisdiction("City of Lakemont", "MN", "US", 23_900), new Jurisdiction("Village of Oak Ridge", "MN", "US", 9_950)),
                "260000", "30", "Every member now has backups tested monthly and a help desk open 12 hours a day.",
                "Start with the help desk, where savings show first; leave each village its own data.", Access.MEMBERS),
                works, List.of(dispatch), "Shared services and municipal consolidation", "The institutional collective action framework"),
                editor);
        LOG.info(() -> "Demonstration data: 4 sample case studies and " + works.size() + " bibliography entries published");
    }

    /** The form relating the case study to the earlier studies given and to the works whose titles start so. */
    private static CaseStudyForm withRelated(CaseStudyForm form, List<BibliographyEntry> works, List<CaseStudy> studies,
                                             String... titleStarts) {
        List<Long> related = new java.util.ArrayList<>(studies.stream().map(c -> c.getItem().getId()).toList());
        for (String start : titleStarts) {
            works.stream().filter(w -> w.getTitle().startsWith(start)).findFirst().ifPresent(w -> related.add(w.getItem().getId()));
        }
        form.setRelatedItemIds(related);
        return form;
    }

    private CaseStudyForm study(String title, String summary, String body, String area, Set<PartnerType> partners,
                                Arrangement arrangement, int year, List<Jurisdiction> places, String savings, String percent,
                                String serviceLevel, String lessons, Access access) {
        CaseStudyForm form = new CaseStudyForm();
        form.setTitle(title);
        form.setSummary(summary);
        form.setBodyHtml(body);
        form.setServiceAreaIds(serviceAreas.all().stream().filter(a -> a.getParent() == null && a.getName().equals(area))
                .map(ServiceArea::getId).toList());
        form.setPartnerTypes(partners);
        form.setArrangement(arrangement);
        form.setYearStarted(year);
        form.setJurisdictions(places);
        form.setAnnualSavings(savings == null ? null : new BigDecimal(savings));
        form.setSavingsPercent(percent == null ? null : new BigDecimal(percent));
        form.setServiceLevelChange(serviceLevel);
        form.setLessonsLearned(lessons);
        form.setContact("The association's research team");
        form.setAccess(access);
        form.setSample(true);
        return form;
    }
}
