package org.civicportal.testing;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.civicportal.account.Jurisdiction;
import org.civicportal.account.Role;
import org.civicportal.content.Arrangement;
import org.civicportal.content.CaseStudyForm;
import org.civicportal.content.LibrarySeeding;
import org.civicportal.content.PartnerType;
import org.civicportal.db.DatabaseMigration;
import org.civicportal.events.Audience;
import org.civicportal.events.Event;
import org.civicportal.events.EventKind;
import org.civicportal.events.EventSeeding;
import org.civicportal.events.RegistrationWindow;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/**
 * Lets a browser journey set the portal's clock (dropping the kept anonymous pages, unless
 * {@code keepPages=true}), create an event (optionally {@code zone=},
 * {@code audience=MEMBERS_ONLY}, {@code kind=CONFERENCE_SESSION} and {@code topic=}), create a confirmed account with roles (and, if asked, a paid
 * membership), publish the library's approved revisions that are due ({@code publishDue}), publish generated case studies
 * ({@code caseStudies=N}), count the SQL statements run by requests ({@code sql=reset|count|statements}; a reset drops the kept pages too, see
 * {@link SqlStatementCounter}), and take every pooled database connection away from the portal for a while
 * ({@code connections=hold|release}). It exists only in test
 * deployments (it is a test class); the portal itself has nothing like it.
 */
@WebServlet("/test-control")
public class TestControlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MovableClock clock;

    @Inject
    org.civicportal.shared.pagecache.PageCache pageCache;

    @Inject
    EventSeeding events;

    @Inject
    TestPeople people;

    @Inject
    org.civicportal.content.LibraryEditing libraryEditing;

    @Inject
    LibrarySeeding librarySeeding;

    @Inject
    ServiceAreas serviceAreas;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /** Connections taken from the portal's pool by {@code connections=hold}. */
    private static final List<Connection> HELD = new ArrayList<>();

    /** Calls the servlet from a test, e.g. {@code call(base, "clock=2027-01-05T15:00:00Z")}; returns its answer. */
    public static String call(java.net.URL base, String query) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "test-control?" + query)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("test-control?" + query + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().trim();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if (request.getParameter("clock") != null) {
            if ("true".equals(request.getParameter("keepPages"))) {
                clock.setInstantKeepingPages(Instant.parse(request.getParameter("clock")));
            } else {
                clock.setInstant(Instant.parse(request.getParameter("clock")));
            }
            response.getWriter().print(clock.instant());
            return;
        }
        if (request.getParameter("connections") != null) {
            // pages kept from before would still be served without the database: drop them, so that the
            // test meets what a page drawn without its database shows
            pageCache.clear();
            response.getWriter().print(changeHeldConnections(request.getParameter("connections")));
            return;
        }
        if (request.getParameter("publishDue") != null) {
            // what the library's minute tick does, at once rather than at the next minute
            response.getWriter().print(libraryEditing.publishDue());
            return;
        }
        if (request.getParameter("sql") != null) {
            response.getWriter().print(sqlStatements(request.getParameter("sql")));
            return;
        }
        if (request.getParameter("caseStudies") != null) {
            response.getWriter().print(publishCaseStudies(Integer.parseInt(request.getParameter("caseStudies"))));
            return;
        }
        if (request.getParameter("countAccounts") != null) {
            response.getWriter().print(people.countWithEmail(request.getParameter("countAccounts")));
            return;
        }
        if (request.getParameter("account") != null) {
            response.getWriter().print(account(request));
            return;
        }
        Instant startsAt = Instant.parse(request.getParameter("startsAt"));
        Event event = new Event(EventKind.valueOf(parameter(request, "kind", "WEBINAR")), request.getParameter("title"), "A webinar for the journey.", "Test Speaker",
                startsAt, ZoneId.of(parameter(request, "zone", "America/New_York")), Duration.ofMinutes(60),
                Audience.valueOf(parameter(request, "audience", "EVERYONE")),
                Integer.parseInt(request.getParameter("capacity")),
                new RegistrationWindow(clock.instant().minus(Duration.ofDays(1)), startsAt.minus(Duration.ofHours(1))), clock.instant());
        event.joinAt("https://webinar.example.org/join/" + System.nanoTime());
        event.setTopic(request.getParameter("topic"));
        response.getWriter().print(events.save(event).getId());
    }

    /**
     * {@code hold}: takes connections until the pool has none left (it gives up after its bounded
     * wait), as if the database were down; {@code release}: gives them back. Returns how many are held.
     */
    private int changeHeldConnections(String what) {
        synchronized (HELD) {
            if ("hold".equals(what)) {
                try {
                    while (HELD.size() < 1000) {
                        HELD.add(dataSource.getConnection());
                    }
                } catch (SQLException poolIsEmpty) {
                    // every connection is ours now
                }
            } else {
                for (Connection connection : HELD) {
                    try {
                        connection.close();
                    } catch (SQLException ignored) {
                        // the pool drops a connection that cannot be closed
                    }
                }
                HELD.clear();
            }
            return HELD.size();
        }
    }

    /** {@code reset}: counts from zero ("0"); {@code count}: the statements since; {@code statements}: their text. */
    private String sqlStatements(String what) {
        SqlStatementCounter counter = SqlStatementCounter.attachTo(em);
        switch (what) {
            case "reset" -> {
                // what follows is drawn, not served from the kept pages: the count is what a drawing costs
                pageCache.clear();
                counter.reset();
                return "0";
            }
            case "count" -> {
                return String.valueOf(counter.count());
            }
            case "statements" -> {
                return counter.statements();
            }
            default -> throw new IllegalArgumentException("sql=reset, count or statements");
        }
    }

    /**
     * Publishes {@code count} generated case studies, written by a new editor: each with two local
     * governments, two partner types and two service areas, so every collection a list shows has rows.
     * Returns their addresses, one a line.
     */
    private String publishCaseStudies(int count) {
        long editor = people.person("Library Seeder", EnumSet.of(Role.EDITOR), false);
        List<Long> areas = serviceAreas.choosable().stream().map(ServiceArea::getId).toList();
        StringBuilder paths = new StringBuilder();
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            CaseStudyForm form = new CaseStudyForm();
            // each lists up to ten of those published before it: a page's statements must not grow with its links
            form.setRelatedItemIds(published.subList(Math.max(0, published.size() - CaseStudyForm.MAX_RELATED), published.size()));
            form.setTitle("Shared service number " + i + " " + System.nanoTime());
            form.setSummary("Neighbouring governments run a service together and share its cost (generated " + i + ").");
            form.setBodyHtml("<p>How they did it, told for the " + i + "th time.</p>");
            form.setJurisdictions(List.of(new Jurisdiction("Town " + i, "OR", "US", 12_000 + i),
                    new Jurisdiction("County " + i, "WA", "US", 150_000 + i)));
            form.setPartnerTypes(EnumSet.of(PartnerType.INTERGOVERNMENTAL, PartnerType.values()[i % PartnerType.values().length]));
            form.setArrangement(Arrangement.INTERLOCAL_AGREEMENT);
            if (!areas.isEmpty()) {
                form.setServiceAreaIds(List.of(areas.get(i % areas.size()), areas.get((i + 1) % areas.size())));
            }
            org.civicportal.content.LibraryItem item = librarySeeding.publishCaseStudy(form, editor).getItem();
            published.add(item.getId());
            paths.append(item.getPath()).append('\n');
        }
        return paths.toString();
    }

    private static String parameter(HttpServletRequest request, String name, String otherwise) {
        String value = request.getParameter(name);
        return value == null ? otherwise : value;
    }

    /** {@code account=email&name=…&password=…&roles=EDITOR,MEMBER[&paid=true]}: the new account's id. */
    private long account(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(request.getParameter("roles").split(",")).map(Role::valueOf).forEach(roles::add);
        return people.create(request.getParameter("account"), request.getParameter("name"), request.getParameter("password"), roles,
                "true".equals(request.getParameter("paid")));
    }
}
