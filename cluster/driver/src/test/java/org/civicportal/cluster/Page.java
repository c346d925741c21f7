package org.civicportal.cluster;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page as the browser received it, after any redirects.
 *
 * @param uri      its address as the browser names it
 * @param status   the HTTP status
 * @param headers  the response's headers
 * @param body     the text
 * @param took     how long the request (and its redirects) took
 */
record Page(URI uri, int status, HttpHeaders headers, String body, Duration took) {

    /** Words of the portal's error pages (web.xml's error-page locations). */
    private static final List<String> ERROR_MARKERS = List.of("Something went wrong", "This page has expired",
            "This request was refused", "You cannot open this page", "Page not found", "Event not found",
            "This form was sent from another site");

    Document document() {
        return Jsoup.parse(body, uri.toString());
    }

    /** True when the page header offers to log out: the visitor is logged in. */
    boolean loggedIn() {
        return status == 200 && body.contains("Log out<span");
    }

    /** The first error page marker in the page, if any. */
    Optional<String> error() {
        if (status >= 400) {
            return Optional.of("HTTP " + status);
        }
        return ERROR_MARKERS.stream().filter(body::contains).findFirst();
    }

    /** The text of the element with this id, or empty. */
    Optional<String> textOf(String id) {
        Element element = document().getElementById(id);
        return element == null ? Optional.empty() : Optional.of(element.text());
    }

    /** The global messages the page shows (Faces' h:messages), as one line. */
    String messages() {
        return String.join(" | ", document().select("ul.messages li").eachText());
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The form with this id, as the browser would send it. */
    Form form(String id) {
        return Form.of(this, id);
    }

    /** A short description for failure messages. */
    String summary() {
        String title = document().title();
        return "HTTP " + status + " " + uri + " \"" + title + "\"" + error().map(e -> " [" + e + "]").orElse("")
                + (messages().isEmpty() ? "" : " messages: " + messages());
    }
}
