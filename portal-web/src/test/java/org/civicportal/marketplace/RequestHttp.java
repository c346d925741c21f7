package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicportal.testing.HttpLogIn;

/**
 * For tests of the marketplace over real HTTP (providers, listings, requests): log in through the
 * log-in form as a browser does, read pages with that session, and post a page's form with fields
 * of one's choosing (its view state read from the page first), as a forger would.
 */
final class RequestHttp {

    /** The password {@code TestPeople.person} gives every account. */
    static final String PASSWORD = "a long enough test password";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    RequestHttp(String base) {
        this.base = base;
    }

    /** Logs in; returns the session id. */
    String logIn(String email) throws Exception {
        String viewState = HttpLogIn.viewState(get("login.xhtml", null).body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:returnTo", "");
        form.put("login:email", email);
        form.put("login:password", PASSWORD);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> answer = post("login.xhtml", form, null);
        assertEquals(302, answer.statusCode(), "logged in: " + answer.body());
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).orElseThrow();
    }

    HttpResponse<String> get(String path, String sessionId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens {@code pagePath} with the session, then posts its form {@code formId} back to
     * {@code postPath} with the fields given (the view state added), pressing {@code button}.
     */
    HttpResponse<String> submit(String pagePath, String postPath, String formId, String button, Map<String, String> fields,
                                String sessionId) throws Exception {
        HttpResponse<String> page = get(pagePath, sessionId);
        assertEquals(200, page.statusCode(), pagePath + ": " + page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", HttpLogIn.viewState(page.body()));
        return post(postPath, form, sessionId);
    }

    HttpResponse<String> post(String path, Map<String, String> form, String sessionId) throws Exception {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", base + path) // as a browser sends it; cross-site posts are refused
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
