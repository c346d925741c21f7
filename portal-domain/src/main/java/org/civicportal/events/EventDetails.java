package org.civicportal.events;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.TextShape;

/**
 * An event as an organiser writes it: dates and times are typed in the event's own time zone
 * (as the speaker and the venue know them), and turned into instants only here. A session starts
 * and ends on the same day.
 */
public class EventDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the type of event.")
    private EventKind kind = EventKind.WEBINAR;

    @NotBlank(message = "Enter the title.")
    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String title;

    @NotBlank(message = "Describe the event in a few sentences.")
    @Size(max = 2000, message = "Use at most 2,000 characters.")
    @CleanText(multiLine = true)
    private String summary;

    @NotBlank(message = "Enter the speakers, or \u201cTo be announced\u201d.")
    @Size(max = 500, message = "Use at most 500 characters.")
    @CleanText(multiLine = true)
    private String speakers;

    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String topic;

    @NotNull(message = "Enter the day, like 2027-03-18.")
    private LocalDate day;

    @NotNull(message = "Enter the start time, like 14:00.")
    private LocalTime startTime;

    @NotNull(message = "Enter the end time, like 15:30.")
    private LocalTime endTime;

    @NotBlank(message = "Enter the time zone, like America/Chicago.")
    @Size(max = 60, message = "Choose a time zone from the list, like America/Chicago.")
    @CleanText
    private String zoneId = "America/New_York";

    private boolean online = true;

    @Size(max = 500, message = "Use at most 500 characters.")
    @TextShape(value = TextShape.Shape.WEB_ADDRESS, message = "Enter a web address starting with https://.")
    private String joinUrl;

    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String venue;

    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String room;

    @NotNull(message = "Choose who may register.")
    private Audience audience = Audience.MEMBERS_ONLY;

    @NotNull(message = "Enter the number of seats.")
    @Min(value = 1, message = "There must be at least one seat.")
    @Max(value = 100_000, message = "Enter at most 100,000 seats.")
    private Integer capacity;

    @NotNull(message = "Enter the day registration opens.")
    private LocalDate opensDay;

    @NotNull(message = "Enter the time registration opens.")
    private LocalTime opensTime = LocalTime.of(9, 0);

    @NotNull(message = "Enter the day registration closes.")
    private LocalDate closesDay;

    @NotNull(message = "Enter the time registration closes.")
    private LocalTime closesTime = LocalTime.of(17, 0);

    @NotNull(message = "Enter the credits, 0 if none.")
    @DecimalMin(value = "0", message = "Credits cannot be negative.")
    @DecimalMax(value = "99.99", message = "Enter at most 99.99 credits.")
    @Digits(integer = 2, fraction = 2, message = "Use at most two decimals, like 1.5.")
    private BigDecimal credits = BigDecimal.ZERO;

    @Size(max = 500, message = "Use at most 500 characters.")
    @TextShape(value = TextShape.Shape.WEB_ADDRESS, message = "Enter a web address starting with https://.")
    private String recordingUrl;

    /** The event's current details, to edit. */
    public static EventDetails of(Event event) {
        EventDetails details = new EventDetails();
        ZoneId zone = event.zone();
        ZonedDateTime start = event.getStartsAt().atZone(zone);
        details.kind = event.getKind();
        details.title = event.getTitle();
        details.summary = event.getSummary();
        details.speakers = event.getSpeakers();
        details.topic = event.getTopic();
        details.zoneId = zone.getId();
        details.day = start.toLocalDate();
        details.startTime = start.toLocalTime();
        details.endTime = event.getEndsAt().atZone(zone).toLocalTime();
        details.online = event.isOnline();
        details.joinUrl = event.getJoinUrl();
        details.venue = event.getVenue();
        details.room = event.getRoom();
        details.audience = event.getAudience();
        details.capacity = event.getCapacity();
        details.opensDay = event.getRegistrationOpensAt().atZone(zone).toLocalDate();
        details.opensTime = event.getRegistrationOpensAt().atZone(zone).toLocalTime();
        details.closesDay = event.getRegistrationClosesAt().atZone(zone).toLocalDate();
        details.closesTime = event.getRegistrationClosesAt().atZone(zone).toLocalTime();
        details.credits = event.getCredits();
        details.recordingUrl = event.getRecordingUrl();
        return details;
    }

    /**
     * What is wrong across fields, by field, once each field is valid on its own: an unknown time
     * zone, an end before the start, registration closing before it opens or after the event,
     * a place missing, fewer seats than people already holding one.
     *
     * @param seatsTaken how many people hold a seat now (0 for a new event)
     */
    public Map<String, String> problems(int seatsTaken) {
        Map<String, String> problems = new LinkedHashMap<>();
        ZoneId zone = zoneOrNull();
        if (zone == null) {
            problems.put("zoneId", "\u201c" + zoneId + "\u201d is not a time zone we know. Choose one from the list, like America/Chicago.");
        }
        if (!endTime.isAfter(startTime)) {
            problems.put("endTime", "The end must come after the start (" + startTime + ").");
        }
        if (!online && (venue == null || venue.isBlank())) {
            problems.put("venue", "Enter the venue of an in-person session, or mark it as online.");
        }
        if (capacity < seatsTaken) {
            problems.put("capacity", seatsTaken + " people already hold a seat, so there must be at least " + seatsTaken
                    + " seats. Cancel registrations first to go lower.");
        }
        if (zone != null && problems.isEmpty()) {
            Instant opens = registrationOpensAt();
            Instant closes = registrationClosesAt();
            if (!closes.isAfter(opens)) {
                problems.put("closesDay", "Registration must close after it opens.");
            } else if (closes.isAfter(endsAt())) {
                problems.put("closesDay", "Registration must close by the end of the event.");
            }
        }
        return problems;
    }

    ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    private ZoneId zoneOrNull() {
        try {
            return zoneId.contains("/") || "UTC".equals(zoneId) ? ZoneId.of(zoneId) : null;
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    /** The start, in the event's zone; a time skipped by a clock change moves forward, as clocks do. */
    Instant startsAt() {
        return day.atTime(startTime).atZone(zone()).toInstant();
    }

    Instant endsAt() {
        return day.atTime(endTime).atZone(zone()).toInstant();
    }

    Instant registrationOpensAt() {
        return opensDay.atTime(opensTime).atZone(zone()).toInstant();
    }

    Instant registrationClosesAt() {
        return closesDay.atTime(closesTime).atZone(zone()).toInstant();
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = trimmed(title);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = trimmed(summary);
    }

    public String getSpeakers() {
        return speakers;
    }

    public void setSpeakers(String speakers) {
        this.speakers = trimmed(speakers);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = trimmed(topic);
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getZoneId() {
        return zoneId;
    }

    public void setZoneId(String zoneId) {
        this.zoneId = trimmed(zoneId);
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getJoinUrl() {
        return joinUrl;
    }

    public void setJoinUrl(String joinUrl) {
        this.joinUrl = trimmed(joinUrl);
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = trimmed(venue);
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = trimmed(room);
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getOpensDay() {
        return opensDay;
    }

    public void setOpensDay(LocalDate opensDay) {
        this.opensDay = opensDay;
    }

    public LocalTime getOpensTime() {
        return opensTime;
    }

    public void setOpensTime(LocalTime opensTime) {
        this.opensTime = opensTime;
    }

    public LocalDate getClosesDay() {
        return closesDay;
    }

    public void setClosesDay(LocalDate closesDay) {
        this.closesDay = closesDay;
    }

    public LocalTime getClosesTime() {
        return closesTime;
    }

    public void setClosesTime(LocalTime closesTime) {
        this.closesTime = closesTime;
    }

    public BigDecimal getCredits() {
        return credits;
    }

    public void setCredits(BigDecimal credits) {
        this.credits = credits;
    }

    public String getRecordingUrl() {
        return recordingUrl;
    }

    public void setRecordingUrl(String recordingUrl) {
        this.recordingUrl = trimmed(recordingUrl);
    }
}
