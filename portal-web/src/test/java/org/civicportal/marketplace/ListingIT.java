package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicportal.testing.Journeys;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.TestControlServlet;
import org.civicportal.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Listings in the running portal against MariaDB, mail read from GreenMail, time moved by
 * {@link MovableClock}: bad input refused with every field named and nothing saved; a listing
 * written, sent, approved and shown; an edit while live that leaves the public page alone until
 * approved; a change sent back with a reason that is mailed (within a daily allowance); two
 * moderators deciding one change; the term's reminders once each, its end, renewal; a suspended
 * provider's listings gone at once; documents judged by their content and size. The workers are
 * driven through {@link ListingTestServlet}; what visitors see is read over HTTP.
 * <p>
 * The {@code refuses…} tests try every action that carries a listing id (or a document id) as
 * another provider, as a plain member and anonymously, at the doors (called in a request of that
 * caller) and over HTTP (pages, documents, a forged postback): every one is refused, another
 * provider's as "not found", and the listing is left exactly as it was. The owner's own calls
 * succeed, so the refusals are not an accident of the set-up. They share
 * {@link #aListingOfAnotherProviderAndAMember()}.
 */
@ExtendWith(ArquillianExtension.class)
class ListingIT {

    private static final String PASSWORD = RequestHttp.PASSWORD;

    /** Monday, March 1 2027, noon in New York. */
    private static final String MARCH_FIRST = "2027-03-01T17:00:00Z";

    /** Every door call that names a listing or a document. */
    private static final List<String> PROVIDER_ACTIONS = List.of("listing", "versions", "document", "save", "submit", "attach",
            "removeDocument", "renew", "withdrawChange");
    private static final List<String> MODERATOR_ACTIONS = List.of("moderationListing", "moderationDocument", "approve", "sendBack", "queue");

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class,
                ListingTestProviders.class, ListingTestServlet.class);
    }

    @ArquillianResource
    URL base;

    private RequestHttp web;

    private long org;
    private String orgSlug;
    private String email;
    private long moderator;
    private long otherModerator;
    private String word;

    // the refuses… tests' cast, made by aListingOfAnotherProviderAndAMember(): this test's provider's
    // listing with a document waiting, another provider with a listing of its own, and a member
    private long targetListing;
    private String targetTitle;
    private long pendingDocument;
    private String pendingDocumentPath;
    private String otherEmail;
    private long otherListing;
    private String memberEmail;
    private String stateBefore;

    @BeforeEach
    void aProviderAndTwoModerators() throws Exception {
        web = new RequestHttp(base.toString());
        control("clock=" + MARCH_FIRST);
        word = "Tamarack" + System.nanoTime() % 1_000_000;
        email = Journeys.newEmail("provider");
        String[] provider = ok("op=provider&name=" + enc(word + " Consulting") + "&email=" + enc(email) + "&password=" + enc(PASSWORD));
        org = Long.parseLong(provider[0]);
        orgSlug = provider[2];
        moderator = Long.parseLong(control("account=" + Journeys.newEmail("moderator") + "&name=Mora%20Moderator&password="
                + enc(PASSWORD) + "&roles=ADMIN"));
        otherModerator = Long.parseLong(control("account=" + Journeys.newEmail("second") + "&name=Sasha%20Second&password="
                + enc(PASSWORD) + "&roles=ADMIN"));
    }

    @Test
    void badInputIsRefusedWithEveryFieldNamedAndNothingIsSaved() throws Exception {
        String answer = listings("op=create&org=" + org + "&title=&summary=" + enc("x".repeat(700)) + "&regions=" + enc("US-OR, Oregon")
                + "&description=" + enc("<p>See <img src=\"https://elsewhere.example/x.png\" alt=\"x\"></p>") + "&caseStudies=999999999");
        assertTrue(answer.startsWith("REFUSED InvalidInputException"), answer);
        for (String field : List.of("title=Enter the title", "summary=Use at most 600 characters.", "serviceAreaIds=Choose from 1 to 10",
                "partnershipKinds=Choose at least one", "regions=Write each region as US", "priceModel=Choose how the offering is priced.",
                "caseStudyIds=Choose case studies from the list", "descriptionHtml=Images cannot be placed")) {
            assertTrue(answer.contains(field), field + " in " + answer);
        }
        assertEquals("OK 0", listings("op=count&org=" + org), "nothing saved");

        String huge = listings("op=create&org=" + org + "&" + goodForm("Huge").replace("regions=", "regions=" + enc("US-OR,".repeat(120))));
        assertTrue(huge.contains("regions=Use at most 600 characters."), huge);
        assertEquals("OK 0", listings("op=count&org=" + org), "nothing saved");
    }

    @Test
    void aListingIsSentApprovedAndShownInTheDirectory() throws Exception {
        String[] created = ok("op=create&org=" + org + "&" + goodForm("Water rate studies"));
        long listing = Long.parseLong(created[0]);
        String path = "providers/" + orgSlug + "/" + created[3];
        assertTrue(state(listing).contains("status=NEW"), state(listing));
        assertEquals(404, get(path).statusCode(), "a draft is not public");

        String[] sent = ok("op=submit&org=" + org + "&listing=" + listing + "&seenId=" + created[1] + "&seen=" + created[2]);
        assertEquals("WAITING", sent[2]);
        assertEquals(404, get(path).statusCode(), "waiting is not public either");
        ok("op=approve&listing=" + listing + "&seenId=" + sent[0] + "&seen=" + sent[1] + "&moderator=" + moderator);

        String now = state(listing);
        assertTrue(now.contains("status=LIVE") && now.contains("term=2028-02-29") && now.contains("pending=none"), now);
        HttpResponse<String> page = get(path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(word + " Water rate studies"), page.body());
        assertTrue(page.body().contains("<meta property=\"og:title\" content=\"" + word + " Water rate studies\""));
        assertTrue(page.body().contains("Leading Practice"));
        HttpResponse<String> profile = get("providers/" + orgSlug);
        assertEquals(200, profile.statusCode());
        assertTrue(profile.body().contains(word + " Water rate studies") && profile.body().contains("id=\"badge\""));
        assertTrue(get("providers/?q=" + word).body().contains(word + " Water rate studies"));
    }

    @Test
    void anEditWhileLiveLeavesThePublicPageAsItIsUntilApproved() throws Exception {
        long listing = published("Fleet audits");
        String path = value(state(listing), "path");
        String[] live = value(state(listing), "live").split(":");

        String[] draft = ok("op=save&org=" + org + "&listing=" + listing + "&seenId=" + live[0] + "&seen=" + live[1] + "&"
                + goodForm("Fleet audits and shared garages"));
        assertEquals("DRAFT", draft[2]);
        String[] sent = ok("op=submit&org=" + org + "&listing=" + listing + "&seenId=" + draft[0] + "&seen=" + draft[1]);
        assertTrue(get(path).body().contains(word + " Fleet audits</h1>"), "the live version is still shown");
        assertFalse(get(path).body().contains("shared garages"));
        assertFalse(get("providers/?q=" + word + "+garages").body().contains("shared garages"), "nor found by its new words");

        ok("op=approve&listing=" + listing + "&seenId=" + sent[0] + "&seen=" + sent[1] + "&moderator=" + moderator);
        assertTrue(get(path).body().contains(word + " Fleet audits and shared garages</h1>"));
        String now = state(listing);
        assertTrue(now.contains("versions=2") && now.contains("pending=none") && value(now, "live").startsWith(sent[0] + ":"), now);
        assertTrue(now.contains("term=2028-02-29"), "an approved change keeps the term: " + now);
    }

    @Test
    void aPendingChangeIsWithdrawnWhateverItsStateAndTheLiveVersionStays() throws Exception {
        long listing = published("Storm drain surveys");
        String path = value(state(listing), "path");
        String[] live = value(state(listing), "live").split(":");
        String[] draft = ok("op=save&org=" + org + "&listing=" + listing + "&seenId=" + live[0] + "&seen=" + live[1] + "&"
                + goodForm("Storm drain surveys for three towns"));
        String[] sent = ok("op=submit&org=" + org + "&listing=" + listing + "&seenId=" + draft[0] + "&seen=" + draft[1]);
        assertEquals("WAITING", sent[2]);

        String stale = listings("op=withdraw&org=" + org + "&listing=" + listing + "&seenId=" + draft[0] + "&seen=" + draft[1]);
        assertTrue(stale.startsWith("REFUSED ChangedMeanwhile"), "seen before it was sent: " + stale);
        assertEquals("OK withdrawn", listings("op=withdraw&org=" + org + "&listing=" + listing + "&seenId=" + sent[0] + "&seen=" + sent[1]));
        String now = state(listing);
        assertTrue(now.contains("pending=none") && now.contains("versions=1") && now.contains("status=LIVE")
                && value(now, "live").startsWith(live[0] + ":"), now);
        assertTrue(get(path).body().contains(word + " Storm drain surveys</h1>"));
        String late = listings("op=approve&listing=" + listing + "&seenId=" + sent[0] + "&seen=" + sent[1] + "&moderator=" + moderator);
        assertTrue(late.startsWith("REFUSED"), "a moderator deciding the withdrawn change is told: " + late);

        // a listing never published has nothing to go back to
        String[] created = ok("op=create&org=" + org + "&" + goodForm("Snow routes"));
        String first = listings("op=withdraw&org=" + org + "&listing=" + created[0] + "&seenId=" + created[1] + "&seen=" + created[2]);
        assertTrue(first.contains("form=This listing was never published"), first);
    }

    @Test
    void aChangeSentBackIsMailedWithItsReasonWithinADailyAllowance() throws Exception {
        String colleague = Journeys.newEmail("colleague");
        ok("op=colleague&org=" + org + "&email=" + enc(colleague) + "&password=" + enc(PASSWORD));
        long listing = published("Parks partnerships");
        String[] sent = change(listing, "Parks partnerships with prices");

        String silent = listings("op=sendBack&listing=" + listing + "&seenId=" + sent[0] + "&seen=" + sent[1] + "&moderator=" + moderator + "&reason=+");
        assertTrue(silent.contains("reason=Say what should change"), silent);
        String[] back = ok("op=sendBack&listing=" + listing + "&seenId=" + sent[0] + "&seen=" + sent[1] + "&moderator=" + moderator
                + "&reason=" + enc("Give a price range for small towns."));
        assertEquals("SENT_BACK", back[2]);
        assertEquals("mailed=true", back[3]);
        for (String person : List.of(email, colleague)) {
            MimeMessage mail = Mailbox.awaitMessage(smtp, person, "was sent back");
            assertTrue(Mailbox.text(mail).contains("Give a price range for small towns."), Mailbox.text(mail));
            assertTrue(Mailbox.text(mail).contains("The published version stays in the directory meanwhile."));
        }
        assertTrue(get(value(state(listing), "path")).body().contains(word + " Parks partnerships</h1>"), "the live version stays");

        // the same change sent and sent back again and again: the organisation's inboxes get at most 10 notices a day
        String mailed = "";
        for (int i = 0; i < ListingMails.MAX_NOTICES_PER_DAY; i++) {
            String[] pending = value(state(listing), "pending").split(":");
            String[] again = ok("op=submit&org=" + org + "&listing=" + listing + "&seenId=" + pending[0] + "&seen=" + pending[1]);
            mailed = ok("op=sendBack&listing=" + listing + "&seenId=" + again[0] + "&seen=" + again[1] + "&moderator=" + moderator
                    + "&reason=" + enc("Round " + i))[3];
        }
        assertEquals("mailed=false", mailed, "the eleventh notice in a day is not mailed");
        assertTrue(value(state(listing), "pending").endsWith(":SENT_BACK"), "it is sent back all the same");
    }

    @Test
    void ofTwoModeratorsDecidingOneChangeTheSecondIsToldAndNothingIsDecidedTwice() throws Exception {
        long listing = published("Dispatch studies");
        String[] sent = change(listing, "Dispatch consolidation studies");
        String seen = "&listing=" + listing + "&seenId=" + sent[0] + "&seen=" + sent[1];

        ok("op=approve" + seen + "&moderator=" + moderator);
        String second = listings("op=sendBack" + seen + "&moderator=" + otherModerator + "&reason=" + enc("Too vague."));
        assertTrue(second.startsWith("REFUSED ChangedMeanwhile {conflict=Another moderator decided this change"), second);
        String third = listings("op=approve" + seen + "&moderator=" + otherModerator);
        assertTrue(third.startsWith("REFUSED ChangedMeanwhile"), third);
        assertTrue(state(listing).contains("versions=2"), state(listing));

        // at the same moment: one decision wins, the other is told
        String[] next = change(listing, "Dispatch consolidation studies, with staffing models");
        String both = "&listing=" + listing + "&seenId=" + next[0] + "&seen=" + next[1];
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> decisions = List.of(
                    () -> listings("op=approve" + both + "&moderator=" + moderator),
                    () -> listings("op=sendBack" + both + "&moderator=" + otherModerator + "&reason=" + enc("Not yet.")));
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : two.invokeAll(decisions)) {
                answers.add(answer.get());
            }
            assertEquals(1, answers.stream().filter(a -> a.startsWith("OK ")).count(), answers.toString());
            assertEquals(1, answers.stream().filter(a -> a.startsWith("REFUSED ChangedMeanwhile")).count(), answers.toString());
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void remindersGoThirtyAndSevenDaysBeforeTheEndOnceEachAndTheEndTakesTheListingOff() throws Exception {
        long listing = published("Stormwater utilities");
        String path = value(state(listing), "path");
        assertTrue(state(listing).contains("term=2028-02-29"));

        control("clock=2028-01-29T17:00:00Z");
        ok("op=terms");
        assertEquals(0, mailsTo(email, "ends on February 29, 2028"), "31 days before: no reminder yet");
        control("clock=2028-01-30T17:00:00Z");
        ok("op=terms");
        ok("op=terms");
        Mailbox.awaitMessage(smtp, email, "ends on February 29, 2028");
        control("clock=2028-02-15T17:00:00Z");
        ok("op=terms");
        control("clock=2028-02-22T17:00:00Z");
        ok("op=terms");
        ok("op=terms");
        awaitMails(email, "ends on February 29, 2028", 2);
        Thread.sleep(1_000);
        assertEquals(2, mailsTo(email, "ends on February 29, 2028"), "30 and 7 days before, once each");

        control("clock=2028-02-29T22:00:00Z"); // the last day, 5 pm in New York: still listed
        assertEquals(200, get(path).statusCode());
        control("clock=2028-03-01T06:00:00Z"); // 1 am the next day in New York: gone, before any job runs
        assertEquals(404, get(path).statusCode());
        assertFalse(get("providers/?q=" + word).body().contains("Stormwater utilities"));
        ok("op=terms");
        assertTrue(state(listing).contains("status=EXPIRED"), "kept, not deleted: " + state(listing));
        Mailbox.awaitMessage(smtp, email, "has left the directory");
        ok("op=terms");
        Thread.sleep(500);
        assertEquals(1, mailsTo(email, "has left the directory"));
    }

    @Test
    void aListingIsRenewedInTheLastThirtyDaysOfItsTermOrAfterItEnded() throws Exception {
        long listing = published("Purchasing cooperatives");
        String early = listings("op=renew&org=" + org + "&listing=" + listing);
        assertTrue(early.contains("can be renewed in the last 30 days"), early);

        control("clock=2028-02-10T17:00:00Z");
        assertEquals("OK 2029-02-28", listings("op=renew&org=" + org + "&listing=" + listing));

        long other = published("Library partnerships", "2028-02-10T17:00:00Z");
        String path = value(state(other), "path");
        control("clock=2029-03-05T17:00:00Z");
        ok("op=terms");
        assertTrue(state(other).contains("status=EXPIRED"));
        assertEquals("OK 2030-03-04", listings("op=renew&org=" + org + "&listing=" + other));
        assertTrue(state(other).contains("status=LIVE"));
        assertEquals(200, get(path).statusCode(), "back in the directory");
    }

    @Test
    void aSuspendedProvidersListingsLeaveTheDirectoryAtOnce() throws Exception {
        long listing = published("Recreation programmes");
        String path = value(state(listing), "path");
        assertEquals(200, get(path).statusCode());
        assertEquals(200, get("providers/" + orgSlug).statusCode());

        ok("op=suspend&org=" + org);
        assertEquals(404, get(path).statusCode());
        assertEquals(404, get("providers/" + orgSlug).statusCode());
        assertFalse(get("providers/?q=" + word).body().contains("Recreation programmes"));
        assertTrue(state(listing).contains("status=LIVE"), "the listing itself is kept as it was");
        String[] live = value(state(listing), "live").split(":");
        String refused = listings("op=save&org=" + org + "&listing=" + listing + "&seenId=" + live[0] + "&seen=" + live[1] + "&" + goodForm("X"));
        String[] draft = refused.startsWith("OK ") ? refused.substring(3).split(" ") : null;
        String sent = draft == null ? refused : listings("op=submit&org=" + org + "&listing=" + listing + "&seenId=" + draft[0] + "&seen=" + draft[1]);
        assertTrue(sent.contains("not an approved provider at present (suspended)"), sent);
    }

    @Test
    void documentsAreJudgedByTheirContentAndSizeAndServedSafely() throws Exception {
        long listing = published("GIS services");
        String attach = "op=attach&org=" + org + "&listing=" + listing;
        assertTrue(listings(attach + "&file=exe&name=brochure.pdf").contains("upload=The file's name says .pdf but its content is not a PDF."));
        assertTrue(listings(attach + "&file=exe&name=setup.exe").contains("upload=Only PDF"));
        assertTrue(listings(attach + "&file=html&name=brochure.html").contains("a web page (HTML)"));
        assertTrue(listings(attach + "&file=big&name=brochure.pdf").contains("upload=This file is larger than 2 MB."));
        assertTrue(listings(attach + "&file=zip&name=data.zip").contains("a ZIP archive"));
        String[] pdf = ok(attach + "&file=pdf&name=" + enc("Our brochure (2027).pdf"));
        assertEquals("application/pdf", pdf[1]);
        String[] docx = ok(attach + "&file=docx&name=sample.docx");
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx[1]);
        assertEquals(404, get(pdf[2]).statusCode(), "a document of a change waiting is not public");

        String[] pending = value(state(listing), "pending").split(":");
        String[] sent = ok("op=submit&org=" + org + "&listing=" + listing + "&seenId=" + pending[0] + "&seen=" + pending[1]);
        ok("op=approve&listing=" + listing + "&seenId=" + sent[0] + "&seen=" + sent[1] + "&moderator=" + moderator);
        HttpResponse<String> served = get(pdf[2]);
        assertEquals(200, served.statusCode());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(served.headers().firstValue("Content-Disposition").orElse("").startsWith("inline; filename*=UTF-8''"),
                served.headers().toString());
        assertTrue(get(docx[2]).headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(get(value(state(listing), "path")).body().contains(pdf[2].substring(pdf[2].lastIndexOf('/') + 1)));
    }

    @Test
    void theDemonstrationListingsArePublishedOnceWithOneChangeWaiting() throws Exception {
        String answer = listings("op=demo");
        assertTrue(answer.contains("civic-shared-services=2 community-partners-network=2 university-center-local-government=2"
                + " mid-valley-council-of-governments=2"), answer);
        assertTrue(answer.contains("pendingChanges=1"), answer);
        assertTrue(get("providers/?q=Shared+fleet+maintenance").body().contains("Shared fleet maintenance feasibility studies"));
    }

    // ---- refused: every action on a listing or a document that is not the caller's

    /** The cast of the refuses… tests: a listing of this test's provider with a document waiting, another provider's, a member. */
    private void aListingOfAnotherProviderAndAMember() throws Exception {
        otherEmail = Journeys.newEmail("other");
        memberEmail = Journeys.newEmail("member");
        long other = Long.parseLong(ok("op=provider&name=" + enc(word + " Others") + "&email=" + enc(otherEmail) + "&password=" + enc(PASSWORD))[0]);
        control("account=" + memberEmail + "&name=Mel%20Member&password=" + enc(PASSWORD) + "&roles=MEMBER&paid=true");
        targetTitle = word + " Shared fleet studies";
        targetListing = published("Shared fleet studies");
        String[] document = ok("op=attach&org=" + org + "&listing=" + targetListing + "&file=pdf&name=plan.pdf");
        pendingDocument = Long.parseLong(document[0]);
        pendingDocumentPath = document[2];
        otherListing = published(other, "Other offering", MARCH_FIRST);
        stateBefore = state(targetListing);
    }

    @Test
    void refusesAMemberOrNobodyAtTheDoorsAndTellsAnotherProviderNotFound() throws Exception {
        aListingOfAnotherProviderAndAMember();
        String other = web.logIn(otherEmail);
        String member = web.logIn(memberEmail);
        for (String action : PROVIDER_ACTIONS) {
            String asOther = door(action, other);
            assertTrue(asOther.equals("OK not found") || asOther.equals("OK versions 0")
                    || asOther.equals("REFUSED InvalidInputException {listing=This listing was not found.}"), action + ": " + asOther);
            assertEquals("REFUSED EJBAccessException", door(action, member), action + " as a member");
            assertEquals("REFUSED EJBAccessException", door(action, null), action + " anonymously");
        }
        assertFalse(door("myListings", other).contains(String.valueOf(targetListing)));
        for (String action : MODERATOR_ACTIONS) {
            for (String caller : new String[] {other, member, null}) {
                assertEquals("REFUSED EJBAccessException", door(action, caller), action);
            }
        }
        assertEquals(stateBefore, state(targetListing), "nothing changed");

        String owner = web.logIn(email);
        assertEquals("OK found " + targetListing, door("listing", owner));
        assertEquals("OK found " + pendingDocument, door("document", owner));
    }

    @Test
    void refusesEveryoneButTheOwnerItsPagesAndDocumentsOverHttp() throws Exception {
        aListingOfAnotherProviderAndAMember();
        String other = web.logIn(otherEmail);
        String member = web.logIn(memberEmail);
        String page = "provider/listing.xhtml?id=" + targetListing;

        assertEquals(404, web.get(page, other).statusCode(), "another provider: not found");
        HttpResponse<String> othersList = web.get("provider/listings.xhtml", other);
        assertEquals(200, othersList.statusCode());
        assertFalse(othersList.body().contains(targetTitle));
        assertEquals(403, web.get(page, member).statusCode());
        assertEquals(403, web.get("provider/listings.xhtml", member).statusCode());
        HttpResponse<String> anonymous = web.get(page, null);
        assertNotEquals(200, anonymous.statusCode());
        assertFalse(anonymous.body().contains(targetTitle));

        for (String caller : new String[] {other, member, null}) {
            assertEquals(404, web.get(pendingDocumentPath, caller).statusCode(), "a pending document");
            int moderation = web.get("admin/marketplace/listing.xhtml?id=" + targetListing, caller).statusCode();
            assertTrue(moderation == 403 || moderation == 302 || moderation == 303, "moderation page: " + moderation);
            int queue = web.get("admin/marketplace/listings.xhtml", caller).statusCode();
            assertTrue(queue == 403 || queue == 302 || queue == 303, "queue: " + queue);
        }
        assertEquals(200, web.get(page, web.logIn(email)).statusCode(), "the owner opens it");
        assertEquals(200, web.get(pendingDocumentPath, web.logIn(email)).statusCode(), "and its pending document");
    }

    @Test
    void refusesAForgedPostbackNamingAnotherProvidersListingAndChangesNothing() throws Exception {
        aListingOfAnotherProviderAndAMember();
        String other = web.logIn(otherEmail);
        String ownPage = web.get("provider/listing.xhtml?id=" + otherListing, other).body();
        String viewState = attribute(ownPage, "name=\"jakarta.faces.ViewState\"");
        String area = attribute(ownPage, "<select id=\"listing:serviceAreaIds\"");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("listing", "listing");
        form.put("id", String.valueOf(targetListing));
        form.put("listing:title", "Taken over");
        form.put("listing:summary", "Ours now.");
        form.put("listing:serviceAreaIds", area);
        form.put("listing:partnershipKinds", "INTERGOVERNMENTAL");
        form.put("listing:regions", "US-OR");
        form.put("listing:priceModel", "FIXED_FEE");
        form.put("listing:save", "");
        form.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> answer = web.post("provider/listing.xhtml?id=" + targetListing, form, other);
        assertTrue(answer.statusCode() == 404 || answer.body().contains("This listing was not found."),
                answer.statusCode() + ": " + answer.body());
        assertEquals(stateBefore, state(targetListing), "nothing changed");
    }

    // ---- helpers

    /** A published listing of this test's provider, approved on March 1 2027 unless told otherwise. */
    private long published(String title) throws Exception {
        return published(title, MARCH_FIRST);
    }

    private long published(String title, String at) throws Exception {
        return published(org, title, at);
    }

    private long published(long organisation, String title, String at) throws Exception {
        control("clock=" + at);
        String[] created = ok("op=create&org=" + organisation + "&" + goodForm(title));
        long listing = Long.parseLong(created[0]);
        String[] sent = ok("op=submit&org=" + organisation + "&listing=" + listing + "&seenId=" + created[1] + "&seen=" + created[2]);
        ok("op=approve&listing=" + listing + "&seenId=" + sent[0] + "&seen=" + sent[1] + "&moderator=" + moderator);
        return listing;
    }

    /** A change of a live listing, sent for moderation: its pending version's id, counter and state. */
    private String[] change(long listing, String title) throws Exception {
        String[] live = value(state(listing), "live").split(":");
        String[] draft = ok("op=save&org=" + org + "&listing=" + listing + "&seenId=" + live[0] + "&seen=" + live[1] + "&" + goodForm(title));
        return ok("op=submit&org=" + org + "&listing=" + listing + "&seenId=" + draft[0] + "&seen=" + draft[1]);
    }

    private String goodForm(String title) {
        return "title=" + enc(word + " " + title) + "&summary=" + enc("We help local governments with " + title.toLowerCase() + ".")
                + "&description=" + enc("<p>How we work.</p><script>alert(1)</script>") + "&areas=%230,%231&kinds=INTERGOVERNMENTAL,PRIVATE"
                + "&regions=" + enc("us-or, US-WA") + "&price=FIXED_FEE&note=" + enc("From $12,000");
    }

    /** A door call as the caller of this session (null: nobody), with what each call needs. */
    private String door(String action, String session) throws Exception {
        String[] pending = value(stateBefore, "pending").split(":");
        String query = "op=door&action=" + action + "&listing=" + targetListing + "&document=" + pendingDocument + "&seenId=" + pending[0]
                + "&seen=" + pending[1] + "&title=" + enc("Taken over") + "&summary=" + enc("Ours now.") + "&areas=%230&kinds=PRIVATE"
                + "&regions=US&price=FREE";
        HttpResponse<String> response = web.get("test-listings?" + query, session);
        assertEquals(200, response.statusCode(), response.body());
        return response.body().trim();
    }

    private String state(long listing) throws Exception {
        return listings("op=state&listing=" + listing).substring(3);
    }

    private static String value(String state, String name) {
        return Arrays.stream(state.split(" ")).filter(p -> p.startsWith(name + "=")).findFirst().orElseThrow()
                .substring(name.length() + 1);
    }

    private String[] ok(String query) throws Exception {
        String answer = listings(query);
        assertTrue(answer.startsWith("OK"), query + " answered " + answer);
        return answer.length() <= 3 ? new String[] {""} : answer.substring(3).split(" ");
    }

    private String listings(String query) throws Exception {
        return ListingTestServlet.call(base, query);
    }

    private long mailsTo(String recipient, String subjectContains) throws Exception {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))
                    && message.getSubject().contains(subjectContains)) {
                count++;
            }
        }
        return count;
    }

    private void awaitMails(String recipient, String subjectContains, int count) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (mailsTo(recipient, subjectContains) < count && System.nanoTime() < giveUp) {
            Thread.sleep(200);
        }
        assertEquals(count, mailsTo(recipient, subjectContains));
    }

    /** The value of the first {@code value="…"} after the marker. */
    private static String attribute(String page, String marker) {
        int at = page.indexOf(marker);
        assertTrue(at >= 0, marker + " in " + page);
        int start = page.indexOf("value=\"", at) + "value=\"".length();
        return page.substring(start, page.indexOf('"', start));
    }

    /** A public page: read as a visitor, it must not start a session. */
    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = web.get(path, null);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " set " + response.headers().allValues("Set-Cookie"));
        return response;
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
