package org.civicportal.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person's browser: it keeps every cookie the portal sets (with sessions kept in the data grid
 * Payara sets two, the session's id and its version, and a node that gets the id alone may not
 * find the session), follows redirects, and sends forms with the {@code Origin} and
 * {@code Referer} of the page they are on, as the portal refuses forms from other sites. Requests
 * go where the {@link Site} says.
 */
final class Browser {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** One connection pool for everyone; the cookies are each browser's own. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final Duration timeout;

    Browser() {
        this(Duration.ofSeconds(90));
    }

    Browser(Duration timeout) {
        this.timeout = timeout;
    }

    /** Reads a page of the site, following redirects. */
    Page get(Site site, String path) throws IOException, InterruptedException {
        return get(site, site.page(path));
    }

    Page get(Site site, URI named) throws IOException, InterruptedException {
        return send(site, named, null, null, System.nanoTime());
    }

    /** Sends the form by pressing the button, and follows the answer's redirects. */
    Page submit(Site site, Form form, String button) throws IOException, InterruptedException {
        return send(site, form.action(), form.bodyPressing(button), form.page(), System.nanoTime());
    }

    /** Logs in through the log-in form; the answer is the page it leads to (the log-in page again when refused). */
    Page logIn(Site site, String email, String password) throws IOException, InterruptedException {
        Form form = get(site, "login.xhtml").form("login").set("login:email", email).set("login:password", password);
        return submit(site, form, "login:submit");
    }

    private Page send(Site site, URI named, String formBody, URI referer, long started) throws IOException, InterruptedException {
        URI current = named;
        String body = formBody;
        for (int hop = 0; hop < 10; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(site.targetOf(current)).timeout(timeout)
                    .header("Accept", "text/html,application/xhtml+xml")
                    .header("User-Agent", "civic-portal-cluster-test");
            String host = site.hostHeaderFor(current);
            if (host != null) {
                request.header("Host", host);
            }
            List<String> cookie = cookies.get(current, Map.of()).getOrDefault("Cookie", List.of());
            if (!cookie.isEmpty()) {
                request.header("Cookie", String.join("; ", cookie));
            }
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", site.origin())
                        .header("Referer", referer.toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            cookies.put(current, response.headers().map());
            if (!REDIRECTS.contains(response.statusCode())) {
                return new Page(current, response.statusCode(), response.headers(), response.body(),
                        Duration.ofNanos(System.nanoTime() - started));
            }
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new IOException("a redirect without a Location from " + site.targetOf(named)));
            current = current.resolve(location);
            body = null;
        }
        throw new IOException("more than 10 redirects from " + named);
    }
}
