package org.civicportal.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.civicportal.events.PublishedEvents;
import org.civicportal.marketplace.DirectoryReading;
import org.civicportal.marketplace.Listing;
import org.civicportal.marketplace.ProviderOrganisation;
import org.civicportal.shared.PortalSettings;

/**
 * {@code /sitemap.xml}: the public pages, every public library item, the provider directory's
 * providers and listings, and every published event, for search engines. Addresses are built on the
 * portal's configured address, never on the request's Host header (which the client writes). Eight
 * queries however long the library and the directory are, four when the robot's copy is current
 * (304). Last-Modified is the latest of the library's last public change, the directory's and the
 * newest published event's creation: an event records no time of its later
 * publication or edits, so an event drafted long before it is published can leave that date behind.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The pages anyone can open, relative to the portal's address. */
    static final List<String> PUBLIC_PAGES = List.of("", "about.xhtml", "dues.xhtml", "events/events.xhtml",
            "decision/index.xhtml", "library/index.xhtml", "library/case-studies.xhtml", "library/bibliography.xhtml", "providers/");

    @Inject
    LibraryReading library;

    @Inject
    PublishedEvents events;

    @Inject
    DirectoryReading directory;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Instant> lastChange = ConditionalGet.latest(ConditionalGet.latest(library.lastPublicChange(), events.newestCreated()),
                directory.lastChange());
        if (ConditionalGet.answeredNotModified(request, response, lastChange)) {
            return;
        }
        List<Sitemap.Entry> entries = new ArrayList<>();
        for (String page : PUBLIC_PAGES) {
            entries.add(new Sitemap.Entry(settings.link(page), null));
        }
        for (LibraryItem item : library.allPublic(Sitemap.MAX_URLS - entries.size())) {
            entries.add(new Sitemap.Entry(settings.link(item.getPath()), item.getChangedAt()));
        }
        for (ProviderOrganisation provider : directory.allProviders(Sitemap.MAX_URLS - entries.size())) {
            entries.add(new Sitemap.Entry(settings.link("providers/" + provider.getSlug()), null));
        }
        for (Listing listing : directory.allListed(Sitemap.MAX_URLS - entries.size())) {
            entries.add(new Sitemap.Entry(settings.link(listing.getPath()), listing.getChangedAt()));
        }
        for (Long id : events.ids(Sitemap.MAX_URLS - entries.size())) {
            entries.add(new Sitemap.Entry(settings.link("events/event.xhtml?id=" + id), null));
        }
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            Sitemap.write(entries, response.getOutputStream());
        } catch (XMLStreamException failed) {
            throw new IOException("The sitemap could not be written", failed);
        }
    }
}
