package org.civicportal.marketplace;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * Lets the listing tests act as the portal's pages would, and read where things stand, answering in
 * plain text: {@code OK …} or {@code REFUSED <exception> {field=message, …}}. The workers are called
 * directly ({@code op=create|save|submit|approve|sendBack|attach|renew|terms}), or the doors as the
 * logged-in caller of the request ({@code op=door&action=…}), so that an access test can try every
 * call as another provider, a member or nobody. Exists only in test deployments.
 */
@WebServlet("/test-listings")
public class ListingTestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ListingTestProviders providers;

    @Inject
    ListingWriting writing;

    @Inject
    ListingModerating moderating;

    @Inject
    ListingTerms terms;

    @Inject
    ListingSeeding seeding;

    @Inject
    ListingDemoData demoData;

    @Inject
    ListingService service;

    @Inject
    ListingModeration moderation;

    @Inject
    ServiceAreas serviceAreas;

    @PersistenceContext
    EntityManager em;

    /** Calls the servlet from a test; returns its answer. */
    public static String call(java.net.URL base, String query) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "test-listings?" + query)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("test-listings?" + query + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().trim();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        String answer;
        try {
            answer = "OK " + act(request);
        } catch (RuntimeException refused) {
            answer = "REFUSED " + describe(refused);
        }
        response.getWriter().print(answer);
    }

    private String act(HttpServletRequest request) {
        String op = request.getParameter("op");
        return switch (op) {
            case "provider" -> {
                ListingTestProviders.Provider provider = providers.approved(request.getParameter("name"),
                        OrganisationType.valueOf(parameter(request, "type", "FIRM")), request.getParameter("email"), request.getParameter("password"));
                yield provider.organisationId() + " " + provider.accountId() + " " + provider.slug();
            }
            case "colleague" -> String.valueOf(providers.colleague(number(request, "org"), request.getParameter("email"), request.getParameter("password")));
            case "create" -> {
                Listing listing = writing.create(organisation(request), form(request), writer(request));
                yield listing.getId() + " " + listing.getPendingVersion().getId() + " " + listing.getPendingVersion().getVersion()
                        + " " + listing.getSlug();
            }
            case "save" -> version(writing.save(organisation(request), number(request, "listing"), form(request),
                    number(request, "seenId"), (int) number(request, "seen"), writer(request)));
            case "submit" -> version(writing.submit(organisation(request), number(request, "listing"), number(request, "seenId"),
                    (int) number(request, "seen")));
            case "withdraw" -> {
                writing.withdrawChange(organisation(request), number(request, "listing"), number(request, "seenId"), (int) number(request, "seen"));
                yield "withdrawn";
            }
            case "approve" -> version(moderating.approve(number(request, "listing"), number(request, "seenId"), (int) number(request, "seen"),
                    number(request, "moderator")).version());
            case "sendBack" -> {
                ListingModerating.Decision decision = moderating.sendBack(number(request, "listing"), number(request, "seenId"),
                        (int) number(request, "seen"), request.getParameter("reason"), number(request, "moderator"));
                yield version(decision.version()) + " mailed=" + decision.mailed();
            }
            case "attach" -> {
                ListingDocument document = writing.attach(organisation(request), number(request, "listing"), request.getParameter("name"),
                        file(request.getParameter("file")), writer(request));
                yield document.getId() + " " + document.getMediaType() + " " + document.getPath();
            }
            case "renew" -> String.valueOf(writing.renew(organisation(request), number(request, "listing")).getTermEndsOn());
            case "terms" -> {
                ListingTerms.Run run = terms.catchUp();
                yield run.reminders() + " " + run.expired();
            }
            case "suspend" -> {
                providers.suspend(number(request, "org"));
                yield "suspended";
            }
            case "state" -> state(number(request, "listing"));
            case "count" -> String.valueOf(em.createQuery("SELECT COUNT(l) FROM Listing l WHERE l.organisation.id = :org", Long.class)
                    .setParameter("org", number(request, "org")).getSingleResult());
            case "publishMany" -> publishMany(request);
            case "demo" -> demo();
            case "areas" -> String.join(",", serviceAreas.choosable().stream().map(a -> a.getId() + "").toList());
            case "door" -> door(request);
            default -> throw new IllegalArgumentException("no op " + op);
        };
    }

    /** Where a listing stands: its status, term, live and pending versions ("id:version:state"), and how many versions it has. */
    private String state(long listingId) {
        Listing listing = em.find(Listing.class, listingId); // no shared cache for listings: read afresh
        ListingVersion live = listing.getLiveVersion();
        ListingVersion pending = listing.getPendingVersion();
        long versions = em.createQuery("SELECT COUNT(v) FROM ListingVersion v WHERE v.listing = :l", Long.class)
                .setParameter("l", listing).getSingleResult();
        return "status=" + listing.getStatus() + " term=" + listing.getTermEndsOn()
                + " live=" + (live == null ? "none" : live.getId() + ":" + live.getVersion() + ":" + live.getState())
                + " pending=" + (pending == null ? "none" : pending.getId() + ":" + pending.getVersion() + ":" + pending.getState())
                + " versions=" + versions + " path=" + listing.getPath();
    }

    /** {@code publishMany&org=&count=&word=}: that many published listings, the word in each title; their paths, one a line. */
    private String publishMany(HttpServletRequest request) {
        ProviderOrganisation organisation = em.find(ProviderOrganisation.class, number(request, "org"));
        List<Long> areas = serviceAreas.choosable().stream().map(ServiceArea::getId).toList();
        StringBuilder paths = new StringBuilder();
        int count = (int) number(request, "count");
        for (int i = 0; i < count; i++) {
            ListingForm form = new ListingForm();
            form.setTitle(request.getParameter("word") + " offering " + i);
            form.setSummary("Offering " + i + " of a test provider.");
            form.setDescriptionHtml("<p>What offering " + i + " does.</p>");
            form.setServiceAreaIds(List.of(areas.get(i % areas.size()), areas.get((i + 1) % areas.size())));
            form.setPartnershipKinds(EnumSet.of(PartnerType.INTERGOVERNMENTAL, PartnerType.values()[i % PartnerType.values().length]));
            form.setRegions(i % 2 == 0 ? "US-OR, US-WA" : "US");
            form.setPriceModel(PriceModel.values()[i % PriceModel.values().length]);
            paths.append(seeding.publish(organisation, form).getPath()).append('\n');
        }
        return paths.toString().trim();
    }

    private String demo() {
        providers.ensure("civic-shared-services", "Civic Shared Services LLC", OrganisationType.FIRM);
        providers.ensure("community-partners-network", "Community Partners Network", OrganisationType.NONPROFIT);
        providers.ensure("university-center-local-government", "University Center for Local Government", OrganisationType.UNIVERSITY);
        providers.ensure("mid-valley-council-of-governments", "Mid-Valley Council of Governments", OrganisationType.GOVERNMENT_BODY);
        demoData.loadOnce();
        demoData.loadOnce();
        StringBuilder counts = new StringBuilder();
        for (String slug : List.of("civic-shared-services", "community-partners-network", "university-center-local-government",
                "mid-valley-council-of-governments")) {
            long listings = em.createQuery("SELECT COUNT(l) FROM Listing l WHERE l.organisation.slug = :slug", Long.class)
                    .setParameter("slug", slug).getSingleResult();
            counts.append(slug).append('=').append(listings).append(' ');
        }
        long pending = em.createQuery("SELECT COUNT(l) FROM Listing l WHERE l.liveVersion IS NOT NULL AND l.pendingVersion IS NOT NULL"
                + " AND l.organisation.slug IN ('civic-shared-services', 'community-partners-network')", Long.class).getSingleResult();
        return counts.append("pendingChanges=").append(pending).toString();
    }

    /** Calls a door as the request's caller. */
    private String door(HttpServletRequest request) {
        long listing = request.getParameter("listing") == null ? -1 : number(request, "listing");
        return switch (request.getParameter("action")) {
            case "listing" -> service.listing(listing).map(l -> "found " + l.getId()).orElse("not found");
            case "versions" -> "versions " + service.versions(listing).size();
            case "document" -> service.document(number(request, "document")).map(d -> "found " + d.getId()).orElse("not found");
            case "myListings" -> "listings " + service.myListings().stream().map(l -> String.valueOf(l.getId())).toList();
            case "save" -> version(service.save(listing, form(request), number(request, "seenId"), (int) number(request, "seen")));
            case "submit" -> version(service.submit(listing, number(request, "seenId"), (int) number(request, "seen")));
            case "attach" -> service.attach(listing, "brochure.pdf", file("pdf")).getPath();
            case "removeDocument" -> version(service.removeDocument(listing, number(request, "document")));
            case "renew" -> String.valueOf(service.renew(listing).getTermEndsOn());
            case "withdrawChange" -> {
                service.withdrawChange(listing, number(request, "seenId"), (int) number(request, "seen"));
                yield "withdrawn";
            }
            case "moderationListing" -> moderation.listing(listing).map(l -> "found " + l.getId()).orElse("not found");
            case "moderationDocument" -> moderation.document(number(request, "document")).map(d -> "found " + d.getId()).orElse("not found");
            case "approve" -> version(moderation.approve(listing, number(request, "seenId"), (int) number(request, "seen")).version());
            case "sendBack" -> version(moderation.sendBack(listing, number(request, "seenId"), (int) number(request, "seen"), "No.").version());
            case "queue" -> "queue " + moderation.queue().size();
            default -> throw new IllegalArgumentException("no action");
        };
    }

    private ListingForm form(HttpServletRequest request) {
        ListingForm form = new ListingForm();
        form.setTitle(request.getParameter("title"));
        form.setSummary(request.getParameter("summary"));
        form.setDescriptionHtml(request.getParameter("description"));
        String areas = request.getParameter("areas");
        if (areas != null && !areas.isBlank()) {
            List<Long> ids = new ArrayList<>();
            for (String area : areas.split(",")) {
                ids.add(area.startsWith("#") ? serviceAreas.choosable().get(Integer.parseInt(area.substring(1))).getId() : Long.parseLong(area));
            }
            form.setServiceAreaIds(ids);
        }
        String kinds = request.getParameter("kinds");
        if (kinds != null && !kinds.isBlank()) {
            EnumSet<PartnerType> set = EnumSet.noneOf(PartnerType.class);
            Arrays.stream(kinds.split(",")).map(PartnerType::valueOf).forEach(set::add);
            form.setPartnershipKinds(set);
        }
        form.setRegions(request.getParameter("regions"));
        String price = request.getParameter("price");
        form.setPriceModel(price == null || price.isBlank() ? null : PriceModel.valueOf(price));
        form.setPriceNote(request.getParameter("note"));
        String caseStudies = request.getParameter("caseStudies");
        if (caseStudies != null && !caseStudies.isBlank()) {
            form.setCaseStudyIds(Arrays.stream(caseStudies.split(",")).map(Long::parseLong).toList());
        }
        return form;
    }

    private ProviderOrganisation organisation(HttpServletRequest request) {
        return em.find(ProviderOrganisation.class, number(request, "org"));
    }

    private long writer(HttpServletRequest request) {
        return em.find(ProviderOrganisation.class, number(request, "org")).getAppliedBy();
    }

    private static String version(ListingVersion version) {
        return version.getId() + " " + version.getVersion() + " " + version.getState();
    }

    private static long number(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }

    private static String parameter(HttpServletRequest request, String name, String otherwise) {
        String value = request.getParameter(name);
        return value == null ? otherwise : value;
    }

    /** A test file: {@code pdf}, {@code big} (a PDF over 2 MB), {@code exe}, {@code html}, {@code docx}, {@code zip}. */
    static byte[] file(String kind) {
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return switch (kind) {
            case "pdf" -> pdf.getBytes(StandardCharsets.US_ASCII);
            case "big" -> (pdf + "%" + "x".repeat((int) ListingWriting.MAX_DOCUMENT_BYTES)).getBytes(StandardCharsets.US_ASCII);
            case "exe" -> ("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000PE\u0000\u0000" + "x".repeat(200))
                    .getBytes(StandardCharsets.ISO_8859_1);
            case "html" -> "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
            case "docx" -> zip("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>", "_rels/.rels",
                    "<?xml version=\"1.0\"?><Relationships/>", "word/document.xml", "<?xml version=\"1.0\"?><document/>");
            case "zip" -> zip("data/a.csv", "a,b\n", "data/b.csv", "c,d\n");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toByteArray();
    }

    /** The refusal's kind and its problems, or the exception's class for one without. */
    private static String describe(Throwable refused) {
        for (Throwable t = refused; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid.getClass().getSimpleName() + " " + new TreeMap<>(invalid.problems());
            }
            if (t instanceof jakarta.ejb.EJBAccessException) {
                return "EJBAccessException";
            }
        }
        return refused.getClass().getSimpleName() + " " + refused.getMessage();
    }

}
