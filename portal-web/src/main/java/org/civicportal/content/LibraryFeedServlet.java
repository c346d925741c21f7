package org.civicportal.content;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.civicportal.shared.PortalSettings;

/**
 * {@code /library/feed.atom}: the newest public library items for feed readers, with
 * Last-Modified and 304 so a reader polling every few minutes costs one small query.
 */
@WebServlet("/library/feed.atom")
public class LibraryFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    LibraryReading library;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Instant> lastChange = library.lastPublicChange();
        if (ConditionalGet.answeredNotModified(request, response, lastChange)) {
            return;
        }
        // an empty library still has a valid feed; its date is the Unix epoch rather than a made-up "now"
        Instant updated = lastChange.orElse(Instant.EPOCH);
        response.setContentType("application/atom+xml");
        response.setCharacterEncoding("UTF-8");
        try {
            new SyndFeedOutput().output(LibraryFeed.of(library.newest(LibraryFeed.SIZE), updated, settings), response.getWriter());
        } catch (FeedException failed) {
            throw new IOException("The library feed could not be written", failed);
        }
    }
}
