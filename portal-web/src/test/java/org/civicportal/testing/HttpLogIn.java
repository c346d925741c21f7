package org.civicportal.testing;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Logs in over real HTTP as a browser does: reads the log-in form's view state, posts the form
 * (with the Referer a browser sends, since cross-site posts are refused) and keeps the session
 * cookie it answers with, for tests that then read pages as that person.
 */
public final class HttpLogIn {

    private HttpLogIn() {
    }

    /** Logs in through {@code login.xhtml}; returns the id of the new session. */
    public static String sessionOf(URL base, String email, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = "login=login&login%3AreturnTo=&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState(form.body()));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Referer", base + "login.xhtml")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            throw new AssertionError("log-in of " + email + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
                .orElseThrow(() -> new AssertionError("no session cookie after logging in " + email));
    }

    /** The Faces view state of the first form on a page. */
    public static String viewState(String page) {
        int field = page.indexOf("name=\"jakarta.faces.ViewState\"");
        if (field < 0) {
            throw new AssertionError("no form on the log-in page: " + page);
        }
        int valueStart = page.indexOf("value=\"", field) + "value=\"".length();
        return page.substring(valueStart, page.indexOf('"', valueStart));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
