package org.civicportal.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A webinar or a conference session. */
@Entity
@Table(name = "event")
@NamedQuery(name = Event.UPCOMING, query = "SELECT e FROM Event e WHERE e.status <> org.civicportal.events.EventStatus.DRAFT"
        + " AND e.startsAt >= :now AND (:kind IS NULL OR e.kind = :kind) AND (:topic IS NULL OR e.topic = :topic) ORDER BY e.startsAt, e.id")
@NamedQuery(name = Event.PAST, query = "SELECT e FROM Event e WHERE e.status <> org.civicportal.events.EventStatus.DRAFT"
        + " AND e.startsAt < :now AND (:kind IS NULL OR e.kind = :kind) AND (:topic IS NULL OR e.topic = :topic) ORDER BY e.startsAt DESC, e.id DESC")
@NamedQuery(name = Event.COUNT_UPCOMING, query = "SELECT COUNT(e) FROM Event e WHERE e.status <> org.civicportal.events.EventStatus.DRAFT"
        + " AND e.startsAt >= :now AND (:kind IS NULL OR e.kind = :kind) AND (:topic IS NULL OR e.topic = :topic)")
@NamedQuery(name = Event.COUNT_PAST, query = "SELECT COUNT(e) FROM Event e WHERE e.status <> org.civicportal.events.EventStatus.DRAFT"
        + " AND e.startsAt < :now AND (:kind IS NULL OR e.kind = :kind) AND (:topic IS NULL OR e.topic = :topic)")
@NamedQuery(name = Event.NEEDING_REMINDER, query = "SELECT e FROM Event e WHERE e.status = org.civicportal.events.EventStatus.PUBLISHED"
        + " AND e.reminderSentAt IS NULL AND e.startsAt > :now AND e.startsAt <= :until")
@NamedQuery(name = Event.CLAIM_REMINDER, query = "UPDATE Event e SET e.reminderSentAt = :now WHERE e.id = :id AND e.reminderSentAt IS NULL")
@NamedQuery(name = Event.FILTERS_UPCOMING, query = "SELECT DISTINCT e.kind, e.topic FROM Event e"
        + " WHERE e.status <> org.civicportal.events.EventStatus.DRAFT AND e.startsAt >= :now")
@NamedQuery(name = Event.FILTERS_PAST, query = "SELECT DISTINCT e.kind, e.topic FROM Event e"
        + " WHERE e.status <> org.civicportal.events.EventStatus.DRAFT AND e.startsAt < :now")
@NamedQuery(name = Event.TAKE_SEAT, query = "UPDATE Event e SET e.seatsTaken = e.seatsTaken + 1"
        + " WHERE e.id = :id AND e.seatsTaken < e.capacity")
@NamedQuery(name = Event.FREE_SEAT, query = "UPDATE Event e SET e.seatsTaken = e.seatsTaken - 1 WHERE e.id = :id AND e.seatsTaken > 0")
public class Event implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TAKE_SEAT = "Event.takeSeat";
    static final String NEEDING_REMINDER = "Event.needingReminder";
    static final String CLAIM_REMINDER = "Event.claimReminder";
    static final String FILTERS_UPCOMING = "Event.filtersUpcoming";
    static final String FILTERS_PAST = "Event.filtersPast";
    static final String UPCOMING = "Event.upcoming";
    static final String PAST = "Event.past";
    static final String COUNT_UPCOMING = "Event.countUpcoming";
    static final String COUNT_PAST = "Event.countPast";
    static final String FREE_SEAT = "Event.freeSeat";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(nullable = false, length = 500)
    private String speakers;

    @Column(length = 100)
    private String topic;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "zone_id", nullable = false, length = 60)
    private String zoneId;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "join_url", length = 500)
    private String joinUrl;

    @Column(length = 200)
    private String venue;

    @Column(length = 100)
    private String room;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Audience audience;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "registration_opens_at", nullable = false)
    private Instant registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    private Instant registrationClosesAt;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal credits = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventStatus status;

    @Column(name = "recording_url", length = 500)
    private String recordingUrl;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "registration_closed_early", nullable = false)
    private boolean registrationClosedEarly;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Event() {
        // for JPA
    }

    /** A published online webinar (demonstration data and tests). */
    public Event(EventKind kind, String title, String summary, String speakers, Instant startsAt, ZoneId zone, Duration duration,
                 Audience audience, int capacity, RegistrationWindow window, Instant now) {
        this.kind = kind;
        this.title = title;
        this.summary = summary;
        this.speakers = speakers;
        this.startsAt = startsAt;
        this.zoneId = zone.getId();
        this.durationMinutes = Math.toIntExact(duration.toMinutes());
        this.online = true;
        this.audience = audience;
        this.capacity = capacity;
        this.registrationOpensAt = window.opensAt();
        this.registrationClosesAt = window.closesAt();
        this.status = EventStatus.PUBLISHED;
        this.createdAt = now;
    }

    /** A draft built from an organiser's form, already checked by {@link EventDetails#problems}. */
    Event(EventDetails details, Instant now) {
        this.status = EventStatus.DRAFT;
        this.createdAt = now;
        apply(details);
    }

    /** Takes the organiser's edited details, already checked by {@link EventDetails#problems}. */
    void apply(EventDetails details) {
        kind = details.getKind();
        title = details.getTitle();
        summary = details.getSummary();
        speakers = details.getSpeakers();
        topic = details.getTopic();
        zoneId = details.zone().getId();
        startsAt = details.startsAt();
        durationMinutes = Math.toIntExact(Duration.between(startsAt, details.endsAt()).toMinutes());
        online = details.isOnline();
        joinUrl = online ? details.getJoinUrl() : null;
        venue = online ? null : details.getVenue();
        room = online ? null : details.getRoom();
        audience = details.getAudience();
        capacity = details.getCapacity();
        registrationOpensAt = details.registrationOpensAt();
        registrationClosesAt = details.registrationClosesAt();
        credits = details.getCredits();
        recordingUrl = details.getRecordingUrl();
    }

    void publish() {
        status = EventStatus.PUBLISHED;
    }

    void cancel() {
        status = EventStatus.CANCELLED;
    }

    void closeRegistrationEarly() {
        registrationClosedEarly = true;
    }

    void reopenRegistration() {
        registrationClosedEarly = false;
    }

    /** One more seat than planned, for a person an organiser moves from the waitlist by hand. */
    void addSeat() {
        capacity++;
    }

    /** True once the event has started: attendance can be recorded from then on. */
    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** The facts the registration rule needs. */
    RegistrationPolicy.EventFacts facts() {
        return new RegistrationPolicy.EventFacts(audience, status == EventStatus.CANCELLED, registrationClosedEarly,
                new RegistrationWindow(registrationOpensAt, registrationClosesAt), startsAt, zone(), capacity, seatsTaken);
    }

    /** Where it happens, as one line: "Online" or "Room 204, Convention Center". */
    public String getPlace() {
        if (online) {
            return "Online";
        }
        return room == null ? venue : room + ", " + venue;
    }

    public Instant getEndsAt() {
        return startsAt.plus(Duration.ofMinutes(durationMinutes));
    }

    /** The calendar entry for this event, the same for everyone (one UID per event). */
    public CalendarFile.Entry calendarEntry(String pageUrl, int sequence) {
        return new CalendarFile.Entry("event-" + id + "@civicportal", title, summary + "\n\nSpeakers: " + speakers
                + "\n" + pageUrl, getPlace(), pageUrl, startsAt, Duration.ofMinutes(durationMinutes), zone(), sequence);
    }

    /** Sets where an in-person session takes place. */
    public void holdAt(String venue, String room) {
        this.online = false;
        this.venue = venue;
        this.room = room;
    }

    /** Sets the link online attendees use to join. */
    public void joinAt(String joinUrl) {
        this.joinUrl = joinUrl;
    }

    /** Sets where members in good standing watch the recording once the event has ended. */
    public void recordingAt(String url) {
        this.recordingUrl = url;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public void setCredits(BigDecimal credits) {
        this.credits = credits;
    }

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    public Long getId() {
        return id;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    public String getSpeakers() {
        return speakers;
    }

    public String getTopic() {
        return topic;
    }

    public boolean isOnline() {
        return online;
    }

    public String getJoinUrl() {
        return joinUrl;
    }

    public String getVenue() {
        return venue;
    }

    public String getRoom() {
        return room;
    }

    public String getRecordingUrl() {
        return recordingUrl;
    }

    public Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public boolean isRegistrationClosedEarly() {
        return registrationClosedEarly;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Grows with every change of the event's details. */
    public int getVersion() {
        return version;
    }

    public Audience getAudience() {
        return audience;
    }

    public BigDecimal getCredits() {
        return credits;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    /** Seats not yet taken (never below zero). */
    public int getSeatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    public Instant getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    /** True while seats remain. */
    public boolean hasSeatsLeft() {
        return seatsTaken < capacity;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public EventStatus getStatus() {
        return status;
    }
}
