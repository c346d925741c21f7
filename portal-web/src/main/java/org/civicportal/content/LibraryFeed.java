package org.civicportal.content;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.civicportal.shared.PortalSettings;

/**
 * The Atom feed of new library items: each entry says what the item is (title, kind, summary) and
 * links to its page. Only what every visitor may read goes in: the summary, which is public for
 * every item, never the text of a members-only one.
 */
final class LibraryFeed {

    static final String TITLE = "Civic Portal library";

    /** Where the feed is, relative to the portal's address. */
    static final String ADDRESS = "library/feed.atom";

    /** How many of the newest items the feed holds. */
    static final int SIZE = 20;

    private LibraryFeed() {
    }

    /**
     * The feed of the given items (each with its live revision read), newest first.
     *
     * @param updated when the library last changed, the feed's own {@code updated}
     */
    static SyndFeed of(List<LibraryItem> items, Instant updated, PortalSettings settings) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setTitle(TITLE);
        feed.setDescription("Case studies and research newly published in the library of " + settings.portalName() + ".");
        feed.setUri(settings.link(ADDRESS));
        feed.setLinks(List.of(link("alternate", "text/html", settings.link("library/index.xhtml")),
                link("self", "application/atom+xml", settings.link(ADDRESS))));
        feed.setAuthor(settings.portalName()); // Atom wants an author; the association speaks for its library
        feed.setPublishedDate(Date.from(updated)); // Rome writes this as the feed's <updated>
        List<SyndEntry> entries = new ArrayList<>();
        for (LibraryItem item : items) {
            entries.add(entry(item, settings));
        }
        feed.setEntries(entries);
        return feed;
    }

    /**
     * An entry's id: a tag URI (RFC 4151) of the portal's host, the day the item was first
     * published and its number. It survives renames and later edits, so a reader never shows an
     * item twice.
     */
    static String idOf(LibraryItem item, PortalSettings settings) {
        String host = settings.baseUrl().getHost() == null ? "localhost" : settings.baseUrl().getHost();
        return "tag:" + host + "," + item.getPublishedAt().atOffset(ZoneOffset.UTC).toLocalDate() + ":library/item/" + item.getId();
    }

    private static SyndEntry entry(LibraryItem item, PortalSettings settings) {
        Revision live = item.getLiveRevision();
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(live.getTitle());
        entry.setLink(settings.link(item.getPath()));
        entry.setUri(idOf(item, settings));
        entry.setUpdatedDate(Date.from(item.getChangedAt()));
        entry.setPublishedDate(Date.from(item.getPublishedAt()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain"); // Atom type="text": the reader shows it as written, escaped
        summary.setValue(live.getSummary());
        entry.setDescription(summary);
        SyndCategory kind = new SyndCategoryImpl();
        kind.setName(item.getKind().getLabel());
        entry.setCategories(List.of(kind));
        return entry;
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
