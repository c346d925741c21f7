package org.civicportal.content;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Clean addresses for library items: {@code /library/case-studies/{slug}} is read here and shown
 * by {@code library/item.xhtml}; an address an item had before a rename answers 301 with the new
 * one; an unknown one 404. Anonymous visitors get {@code Last-Modified} and a 304 when their copy
 * is current, so a browser or proxy revalidates without the page being drawn again.
 */
@WebFilter(filterName = "LibraryAddressFilter", urlPatterns = "/library/*")
public class LibraryAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute holding what the address leads to, for the page. */
    static final String FOUND = LibraryAddressFilter.class.getName() + ".found";

    /** When this start of the portal began, in the entity tags: a new release draws pages anew. */
    private static final long STARTED = System.currentTimeMillis() / 1000;

    @Inject
    LibraryReading reading;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/library/".length());
        int slash = path.indexOf('/');
        if (slash < 0 || path.startsWith("files/")) {
            chain.doFilter(request, response); // the library's own pages and its files
            return;
        }
        Optional<ResourceKind> kind = ResourceKind.ofPathSegment(path.substring(0, slash));
        String slug = path.substring(slash + 1);
        if (kind.isEmpty() || !isSlug(slug)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<LibraryReading.Found> found = reading.find(kind.get(), slug);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (found.get().isMoved()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/" + found.get().movedTo());
            return;
        }
        if (request.getUserPrincipal() == null && isCurrent(request, response, found.get())) {
            return;
        }
        request.setAttribute(FOUND, found.get());
        request.getRequestDispatcher("/library/item.xhtml").forward(request, response);
    }

    /**
     * For a visitor's conditional GET: 304 when nothing changed since their copy. The entity tag names
     * the item's version (it changes with every publication, archive or rename, even two in one
     * second, which Last-Modified cannot tell apart) and this start of the portal (a new release may
     * draw the page differently); it wins over Last-Modified, as HTTP says. A case study's tag also
     * names what its links depend on, and then there is no Last-Modified (a matrix's sharing has no
     * date). A page gathering events and other items (a programme page, a training programme with
     * event dates) is drawn each time.
     */
    private boolean isCurrent(HttpServletRequest request, HttpServletResponse response, LibraryReading.Found found) {
        Revision live = found.live();
        String links = "";
        if (live instanceof CaseStudy study) {
            links = reading.linkStamp(study);
        } else if (live.showsOtherContent()) {
            return false;
        }
        String tag = "W/\"" + found.item().getId() + "-" + found.item().getVersion() + links + "-" + STARTED + "\"";
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "no-cache");
        long changed = found.item().getChangedAt().toEpochMilli() / 1000 * 1000;
        if (links.isEmpty()) {
            response.setDateHeader("Last-Modified", changed);
        }
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = ifNoneMatch.length() <= 200 && ifNoneMatch.contains(tag);
        } else if (links.isEmpty()) {
            long since;
            try {
                since = request.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException malformed) {
                return false;
            }
            current = since >= changed;
        } else {
            current = false;
        }
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    /** Lower-case letters, digits and dashes, as the library makes them: anything else names nothing. */
    private static boolean isSlug(String text) {
        if (text.isEmpty() || text.length() > 80) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
