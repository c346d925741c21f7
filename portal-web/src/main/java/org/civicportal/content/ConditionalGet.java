package org.civicportal.content;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;

/**
 * Last-Modified and 304 for the documents that robots and feed readers fetch again and again (the
 * sitemap, the feed): a client whose copy is current gets an empty answer instead of the document
 * being read from the database and written out again.
 */
final class ConditionalGet {

    private ConditionalGet() {
    }

    /**
     * Sets {@code Last-Modified} (and {@code Cache-Control: no-cache}, so a cache asks each time)
     * and answers 304 when the client's {@code If-Modified-Since} is not older than the last change.
     *
     * @param lastChange when the document last changed; empty when nothing it lists ever changed
     * @return true if the 304 was sent and nothing more must be written
     */
    static boolean answeredNotModified(HttpServletRequest request, HttpServletResponse response, Optional<Instant> lastChange) {
        response.setHeader("Cache-Control", "no-cache");
        if (lastChange.isEmpty()) {
            return false;
        }
        // HTTP dates have whole seconds: compare what the client can have been told
        long changed = lastChange.get().toEpochMilli() / 1000 * 1000;
        response.setDateHeader("Last-Modified", changed);
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return false; // an unreadable date is ignored, as RFC 9110 says
        }
        if (since >= changed) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    /** The later of two optional instants. */
    static Optional<Instant> latest(Optional<Instant> one, Optional<Instant> other) {
        if (one.isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return one;
        }
        return Optional.of(one.get().isAfter(other.get()) ? one.get() : other.get());
    }
}
