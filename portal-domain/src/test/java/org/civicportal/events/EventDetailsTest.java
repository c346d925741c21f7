package org.civicportal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The organisers' event form: what is refused, and how typed times become instants. */
class EventDetailsTest {

    private static EventDetails webinar() {
        EventDetails details = new EventDetails();
        details.setTitle("Service Delivery Collaborations: Are They Worth the Effort?");
        details.setSummary("When sharing services pays off.");
        details.setSpeakers("Dana Whitfield");
        details.setZoneId("America/Chicago");
        details.setDay(LocalDate.of(2027, 3, 18));
        details.setStartTime(LocalTime.of(14, 0));
        details.setEndTime(LocalTime.of(15, 30));
        details.setCapacity(100);
        details.setOpensDay(LocalDate.of(2027, 2, 1));
        details.setClosesDay(LocalDate.of(2027, 3, 17));
        details.setCredits(new BigDecimal("1.5"));
        return details;
    }

    @Test
    void aCompleteWebinarHasNoProblemAndItsTimesAreInItsZone() {
        EventDetails details = webinar();
        assertEquals(Map.of(), details.problems(0));
        // March 18, 2027 is after the US clock change: Chicago is UTC-5 (CDT)
        assertEquals(Instant.parse("2027-03-18T19:00:00Z"), details.startsAt());
        assertEquals(Instant.parse("2027-03-18T20:30:00Z"), details.endsAt());
        assertEquals(Instant.parse("2027-03-17T22:00:00Z"), details.registrationClosesAt());
    }

    @Test
    void closingBeforeOpeningIsRefusedOnTheClosingField() {
        EventDetails details = webinar();
        details.setClosesDay(LocalDate.of(2027, 1, 15));
        assertEquals(Map.of("closesDay", "Registration must close after it opens."), details.problems(0));
    }

    @Test
    void registrationCannotCloseAfterTheEventHasEnded() {
        EventDetails details = webinar();
        details.setClosesDay(LocalDate.of(2027, 3, 19));
        assertEquals("Registration must close by the end of the event.", details.problems(0).get("closesDay"));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        EventDetails details = webinar();
        details.setEndTime(LocalTime.of(13, 0));
        assertEquals("The end must come after the start (14:00).", details.problems(0).get("endTime"));
    }

    @Test
    void anUnknownTimeZoneIsRefusedInPlainWords() {
        EventDetails details = webinar();
        details.setZoneId("America/Springfield");
        assertTrue(details.problems(0).get("zoneId").startsWith("\u201cAmerica/Springfield\u201d is not a time zone we know."));
        details.setZoneId("EST");
        assertTrue(details.problems(0).containsKey("zoneId"), "abbreviations are ambiguous: a region is needed");
    }

    @Test
    void capacityCannotFallBelowThePeopleAlreadySeated() {
        EventDetails details = webinar();
        details.setCapacity(40);
        assertEquals("45 people already hold a seat, so there must be at least 45 seats. Cancel registrations first to go lower.",
                details.problems(45).get("capacity"));
        assertEquals(Map.of(), details.problems(40));
    }

    @Test
    void anInPersonSessionNeedsAVenue() {
        EventDetails details = webinar();
        details.setOnline(false);
        assertTrue(details.problems(0).containsKey("venue"));
        details.setVenue("Convention Center");
        assertEquals(Map.of(), details.problems(0));
    }

    @Test
    void fieldRulesSpeakPlainly() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        EventDetails details = webinar();
        details.setTitle("  ");
        details.setCapacity(0);
        details.setJoinUrl("zoom meeting 123");
        details.setCredits(new BigDecimal("1.255"));
        Set<String> messages = new java.util.TreeSet<>();
        validator.validate(details).forEach(v -> messages.add(v.getPropertyPath() + ": " + v.getMessage()));
        assertEquals(new java.util.TreeSet<>(List.of("capacity: There must be at least one seat.",
                "credits: Use at most two decimals, like 1.5.", "joinUrl: Enter a web address starting with https://.",
                "title: Enter the title.")), messages);
    }
}
