package org.civicportal.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The public catalog ({@code events/events.xhtml}): upcoming or past, by kind, a page at a time. */
@Named
@RequestScoped
public class EventsPage {

    static final int PAGE_SIZE = 10;

    @Inject
    EventCatalog catalog;

    private boolean past;
    private EventKind kind;
    private String topic;
    private List<String> topics;
    private int page;
    private List<Event> events;
    private long total;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        past = "past".equals(params.get("when"));
        kind = parseKind(params.get("kind"));
        page = parsePage(params.get("page"));
        topics = catalog.topics();
        topic = topics.contains(params.get("topic")) ? params.get("topic") : null;
        total = catalog.count(past, kind, topic);
        events = catalog.page(past, kind, topic, (page - 1) * PAGE_SIZE, PAGE_SIZE);
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

    public EventKind[] getKinds() {
        return EventKind.values();
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
