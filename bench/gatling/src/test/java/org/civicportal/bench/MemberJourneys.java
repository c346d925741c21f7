package org.civicportal.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Members using the portal, in the open model: new members arrive at a steady rate whatever the
 * portal's speed, each doing one visit as a browser would.
 *
 * <p>A visit: the log-in page and the real log-in form (its view state read from the page), the
 * dashboard it leads to, the event catalog, a benchmark webinar's page, registering and cancelling
 * there with its form, "My events", "My membership", "My matrices", the member's matrix, one score
 * changed there by its autosave (the Ajax request the page sends), the results, and logging out:
 * {@value #REQUESTS_PER_VISIT} requests, a redirect counted as one.
 *
 * <p>System properties: {@code portal.url} (with a trailing slash), {@code rate} (requests per
 * second: visits start at rate / {@value #REQUESTS_PER_VISIT} a second), {@code seconds} (how long
 * visits keep arriving), {@code members} (how many seeded members bench-1 … bench-N to take in
 * turn), {@code password} (theirs), {@code think} (the longest pause between two pages, in
 * milliseconds; the pauses are uniform from zero).
 *
 * <p>Every request is checked for its status and for the absence of the portal's error pages, so
 * any failure is counted as an error in the report.
 */
public class MemberJourneys extends Simulation {

    /** Requests in one visit, with the two redirects (after logging in and out). */
    static final int REQUESTS_PER_VISIT = 15;

    private static final String BASE = System.getProperty("portal.url", "http://127.0.0.1:8091/");
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "50"));
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final int MEMBERS = Integer.getInteger("members", 2000);
    private static final String PASSWORD = System.getProperty("password", "benchmark member password");
    private static final int THINK_MILLIS = Integer.getInteger("think", 1000);
    private static final String ORIGIN = BASE.replaceAll("/+$", "").replaceFirst("^(https?://[^/]+).*$", "$1");

    /** Words of the portal's error pages (web.xml's error-page locations): any of them in a page is a failure. */
    private static final String[] ERROR_MARKERS = {"Something went wrong", "This page has expired", "This request was refused",
        "You cannot open this page", "Page not found", "Matrix not found", "Event not found"};

    /** Members in turn, bench-1 to bench-N, each visit another one. */
    private static Iterator<Map<String, Object>> members() {
        AtomicInteger next = new AtomicInteger(ThreadLocalRandom.current().nextInt(MEMBERS));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                int n = Math.floorMod(next.getAndIncrement(), MEMBERS) + 1;
                return Map.of("email", "bench-" + n + "@members.example.org");
            }
        };
    }

    private static CheckBuilder viewState(String saveAs) {
        return css("input[name='jakarta.faces.ViewState']", "value").saveAs(saveAs);
    }

    /** A page: 200 and none of the error pages' words. */
    private static HttpRequestActionBuilder page(HttpRequestActionBuilder request) {
        HttpRequestActionBuilder checked = request.check(status().is(200));
        for (String marker : ERROR_MARKERS) {
            checked = checked.check(substring(marker).notExists());
        }
        return checked;
    }

    private static HttpRequestActionBuilder post(String name, String path) {
        return http(name).post(path).header("Origin", ORIGIN);
    }

    private static ChainBuilder think() {
        return io.gatling.javaapi.core.CoreDsl.pause(Duration.ZERO, Duration.ofMillis(Math.max(THINK_MILLIS, 1)));
    }

    private static final ChainBuilder LOG_IN = io.gatling.javaapi.core.CoreDsl.exec(
            page(http("log-in page").get("login.xhtml").check(viewState("loginState")))).exec(think()).exec(
            // the form's own field names; the answer is a redirect to the dashboard, followed
            page(post("log in", "login.xhtml")
                    .formParam("login", "login")
                    .formParam("login:returnTo", "")
                    .formParam("login:email", "#{email}")
                    .formParam("login:password", PASSWORD)
                    .formParam("login:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{loginState}")
                    .check(substring("Log out").exists())));

    private static final ChainBuilder EVENTS = io.gatling.javaapi.core.CoreDsl.exec(
            page(http("event catalog").get("events/events.xhtml")
                    .check(regex("href=\"[^\"]*/events/event\\.xhtml\\?id=(\\d+)\"[^>]*>Benchmark webinar").findRandom().saveAs("event"))))
            .exec(think())
            .exec(page(http("event page").get("events/event.xhtml?id=#{event}")
                    .check(viewState("eventState"), css("button[name='registration:register']").exists())))
            .exec(think())
            .exec(page(post("register", "events/event.xhtml")
                    .formParam("registration", "registration")
                    .formParam("id", "#{event}")
                    .formParam("registration:register", "")
                    .formParam("jakarta.faces.ViewState", "#{eventState}")
                    .check(css("#registered").exists(), viewState("eventState"))))
            .exec(think())
            .exec(page(post("cancel", "events/event.xhtml")
                    .formParam("registration", "registration")
                    .formParam("id", "#{event}")
                    .formParam("registration:cancel", "")
                    .formParam("jakarta.faces.ViewState", "#{eventState}")
                    .check(substring("Your registration is cancelled.").exists())))
            .exec(think())
            .exec(page(http("my events").get("events/my-events.xhtml").check(css("h1").is("My events"))))
            .exec(think())
            .exec(page(http("my membership").get("membership/membership.xhtml").check(css("#status").is("Active"))));

    private static final ChainBuilder MATRIX = io.gatling.javaapi.core.CoreDsl.exec(
            page(http("my matrices").get("decision/matrices.xhtml")
                    .check(regex("href=\"[^\"]*/decision/matrix\\.xhtml\\?id=(\\d+)\"").saveAs("matrix"))))
            .exec(think())
            .exec(page(http("matrix").get("decision/matrix.xhtml?id=#{matrix}")
                    .check(css("form#scores input[name='jakarta.faces.ViewState']", "value").saveAs("matrixState"),
                            // a score's select, e.g. scores:criteria:3:options:1:score, picked at random
                            regex("<select id=\"(scores:criteria:\\d+:options:\\d+:score)\"").findRandom().saveAs("cell"),
                            // PrimeFaces refuses an Ajax request without the page's script nonce
                            regex("nonce=\"([^\"]+)\"").saveAs("nonce"))))
            .exec(think())
            .exec(session -> session.set("score", 1 + ThreadLocalRandom.current().nextInt(5))
                    .set("status", session.getString("cell").replaceAll(":score$", ":status")))
            // what PrimeFaces sends when a score is chosen: the whole form, processing the select alone
            .exec(page(post("autosave a score", "decision/matrix.xhtml?id=#{matrix}")
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .formParam("jakarta.faces.partial.ajax", "true")
                    .formParam("jakarta.faces.source", "#{cell}")
                    .formParam("jakarta.faces.partial.execute", "#{cell}")
                    .formParam("jakarta.faces.partial.render", "#{cell} #{status}")
                    .formParam("jakarta.faces.behavior.event", "valueChange")
                    .formParam("jakarta.faces.partial.event", "change")
                    .formParam("scores", "scores")
                    .formParam("#{cell}", "#{score}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .formParam("jakarta.faces.ViewState", "#{matrixState}")
                    .check(substring("Saved.").exists(), substring("<error>").notExists())))
            .exec(think())
            .exec(page(http("results").get("decision/results.xhtml?id=#{matrix}").check(css("#verdict").exists())));

    private static final ChainBuilder LOG_OUT = io.gatling.javaapi.core.CoreDsl.exec(
            page(post("log out", "account/logout").body(StringBody("")).header("Content-Type", "application/x-www-form-urlencoded")));

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptEncodingHeader("gzip, deflate")
            .acceptLanguageHeader("en-US,en;q=0.5")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) civic-portal-bench");

    private final ScenarioBuilder member = scenario("member").feed(members())
            .exec(LOG_IN).exec(think())
            .exec(EVENTS).exec(think())
            .exec(MATRIX).exec(think())
            .exec(LOG_OUT);

    {
        double visitsPerSecond = RATE / REQUESTS_PER_VISIT;
        setUp(member.injectOpen(constantUsersPerSec(visitsPerSecond).during(Duration.ofSeconds(SECONDS)).randomized()))
                .protocols(protocol);
    }
}
