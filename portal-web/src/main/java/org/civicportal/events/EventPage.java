package org.civicportal.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.civicportal.account.CurrentUser;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/**
 * One event ({@code events/event.xhtml?id=…}): a stateless page that says plainly whether the
 * visitor can register and why not, with the buttons that apply.
 */
@Named
@RequestScoped
public class EventPage {

    @Inject
    EventCatalog catalog;

    @Inject
    EventService events;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private Long id;
    private Event event;
    private RegistrationVerdict verdict;
    private Registration registration;
    private Boolean member;
    // asked of the service once per request: the page evaluates each several times (rendered, then the value),
    // and a stateless view's post evaluates them again in every phase
    private Optional<String> joinLink;
    private Optional<String> recordingLink;
    private Boolean cancellable;

    /**
     * Loads the event named by the {@code id} parameter (from the link, or from the form). On
     * construction, because the stateless view is rebuilt on every post and the buttons only
     * exist if the event is known by then.
     */
    @PostConstruct
    public void load() {
        if (id == null) {
            String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                id = param == null ? null : Long.valueOf(param);
            } catch (NumberFormatException malformed) {
                id = null;
            }
        }
        member = null;
        joinLink = null;
        recordingLink = null;
        cancellable = null;
        registration = null;
        event = id == null ? null : catalog.find(id).orElse(null);
        if (event == null) {
            return;
        }
        if (currentUser.isLoggedIn()) {
            registration = events.myRegistration(id).filter(Registration::isActive).orElse(null);
            verdict = events.verdict(event, registration != null);
        } else {
            verdict = RegistrationVerdict.refused("Log in to register.");
        }
    }

    /** Registers the caller; the event was loaded when the bean was made, for this very post. */
    public void register() {
        try {
            Registration done = events.register(id);
            load();
            FieldMessages.info(done.getStatus() == RegistrationStatus.REGISTERED
                    ? "You are registered. A confirmation is on its way by email."
                    : "The event is full, so you are on the waitlist. We will email you if a seat opens up.");
        } catch (InvalidInputException problem) {
            FieldMessages.error(problem.getMessage());
        }
    }

    public void cancel() {
        try {
            events.cancel(id);
            load();
            FieldMessages.info("Your registration is cancelled.");
        } catch (InvalidInputException problem) {
            FieldMessages.error(problem.getMessage());
        }
    }

    /** "Registration closes in 3 days, …", on the event's calendar; empty once the event has started or if it was cancelled. */
    public String getDeadline() {
        Instant now = clock.instant();
        if (event.getStatus() == EventStatus.CANCELLED || !now.isBefore(event.getStartsAt())) {
            return "";
        }
        return RegistrationDeadline.phrase(event.getRegistrationOpensAt(), event.getRegistrationClosesAt(), event.zone(), now);
    }

    /**
     * True when the event is for members and the visitor is not one in good standing (or not
     * logged in), so the page tells them how to become one.
     */
    public boolean isOffersJoining() {
        if (event.getAudience() != Audience.MEMBERS_ONLY || event.getStatus() == EventStatus.CANCELLED) {
            return false;
        }
        if (member == null) {
            member = currentUser.isLoggedIn() && events.callerIsMemberInGoodStanding();
        }
        return !member;
    }

    public String when(Instant instant) {
        return EventTimes.dayAndTime(instant, event.zone());
    }

    /** True while the person may still cancel (before the cut-off). */
    public boolean isCancellable() {
        if (cancellable == null) {
            cancellable = registration != null && events.canCancelNow(event);
        }
        return cancellable;
    }

    public Optional<String> getJoinLink() {
        if (joinLink == null) {
            joinLink = registration == null ? Optional.empty() : events.joinLink(event);
        }
        return joinLink;
    }

    /** The recording, once the event has ended, for members in good standing. */
    public Optional<String> getRecordingLink() {
        if (recordingLink == null) {
            recordingLink = currentUser.isLoggedIn() ? events.recordingLink(event) : Optional.empty();
        }
        return recordingLink;
    }

    public String getJoinLinkFrom() {
        return EventTimes.dayAndTime(events.joinLinkFrom(event), event.zone());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Event getEvent() {
        return event;
    }

    public RegistrationVerdict getVerdict() {
        return verdict;
    }

    public Registration getRegistration() {
        return registration;
    }
}
