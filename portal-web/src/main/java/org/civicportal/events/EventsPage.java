package org.civicportal.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.account.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The public catalog ({@code events/events.xhtml}): upcoming or past, by kind, a page at a time. */
@Named
@RequestScoped
public class EventsPage {

    static final int PAGE_SIZE = 10;

    @Inject
    EventCatalog catalog;

    @Inject
    EventService eventService;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private boolean past;
    private EventKind kind;
    private String topic;
    private List<String> topics;
    private List<EventKind> kinds;
    private boolean member;
    private Instant now;
    private int page;
    private List<Event> events;
    private long total;

    /**
     * Loads the page in a fixed number of queries whatever it shows: the filters on offer, the
     * count, the page of events (seats left come with each event's row) and, for someone logged
     * in, their membership.
     */
    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        past = "past".equals(params.get("when"));
        page = parsePage(params.get("page"));
        EventCatalog.Filters filters = catalog.filters(past);
        kinds = filters.kinds();
        topics = filters.topics();
        EventKind asked = parseKind(params.get("kind"));
        kind = asked != null && kinds.contains(asked) ? asked : null; // immutable lists refuse contains(null)
        String askedTopic = params.get("topic");
        topic = topics.stream().filter(t -> t.equalsIgnoreCase(askedTopic)).findFirst().orElse(null);
        total = catalog.count(past, kind, topic);
        events = catalog.page(past, kind, topic, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        member = currentUser.isLoggedIn() && events.stream().anyMatch(e -> e.getAudience() == Audience.MEMBERS_ONLY)
                && eventService.callerIsMemberInGoodStanding();
        now = clock.instant();
    }

    private static EventKind parseKind(String value) {
        try {
            return value == null || value.isBlank() ? null : EventKind.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static int parsePage(String value) {
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException | NullPointerException malformed) {
            return 1;
        }
    }

    /** The registration deadline in words, for an upcoming event that is not cancelled; empty otherwise. */
    public String deadline(Event event) {
        if (past || event.getStatus() == EventStatus.CANCELLED) {
            return "";
        }
        return RegistrationDeadline.phrase(event.getRegistrationOpensAt(), event.getRegistrationClosesAt(), event.zone(), now);
    }

    /** "12 seats left", "Full: the waitlist is open". */
    public String seats(Event event) {
        return RegistrationDeadline.seats(event.getSeatsLeft());
    }

    /** True where a visitor who is not a member in good standing should be offered a way to join. */
    public boolean offersJoining(Event event) {
        return !past && event.getAudience() == Audience.MEMBERS_ONLY && event.getStatus() != EventStatus.CANCELLED && !member;
    }

    public String when(Event event) {
        return EventTimes.dayAndTime(event.getStartsAt(), event.zone());
    }

    public boolean isPast() {
        return past;
    }

    public String getKind() {
        return kind == null ? "" : kind.name();
    }

    public String getTopic() {
        return topic == null ? "" : topic;
    }

    public List<String> getTopics() {
        return topics;
    }

    /** Only the kinds that have events in the chosen period. */
    public List<EventKind> getKinds() {
        return kinds;
    }

    public int getPage() {
        return page;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < total;
    }

    public List<Event> getEvents() {
        return events;
    }

    public long getTotal() {
        return total;
    }
}
