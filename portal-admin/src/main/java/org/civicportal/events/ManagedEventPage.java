package org.civicportal.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.PagedList;

/**
 * One event for its organisers ({@code admin/events/event.xhtml?id=…}): publish, close or reopen
 * registration, cancel; the seat holders (with attendance once it has started) and the waitlist
 * in order; the CSV export and the attendance import.
 */
@Named
@ViewScoped
public class ManagedEventPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String IMPORT_FORM = "import";

    @Inject
    EventAdministration administration;

    @Inject
    Clock clock;

    private Long id;
    private Event event;
    private long waitlisted;
    private boolean confirmingCancel;
    private transient Part file;

    /** Ticks of the rows loaded so far: registration id → came. */
    private final Map<Long, Boolean> attendance = new HashMap<>();

    private final PagedList<Registration> seated = new PagedList<>(
            (first, pageSize) -> rememberAttendance(administration.registrants(id, RegistrationStatus.REGISTERED, first, pageSize)),
            () -> administration.count(id, RegistrationStatus.REGISTERED),
            Registration::getId);

    private final PagedList<Registration> waitlist = new PagedList<>(
            (first, pageSize) -> administration.registrants(id, RegistrationStatus.WAITLISTED, first, pageSize),
            () -> administration.count(id, RegistrationStatus.WAITLISTED),
            Registration::getId);

    /** Loads the event named by the {@code id} parameter. */
    public void load() {
        event = id == null ? null : administration.find(id).orElse(null);
        waitlisted = event == null ? 0 : administration.count(id, RegistrationStatus.WAITLISTED);
    }

    public void publish() {
        run(() -> administration.publish(id), "Published. The event is in the catalog and open to registration in its window.");
    }

    public void closeRegistration() {
        run(() -> administration.closeRegistration(id), "Registration is closed. Nobody can register until you reopen it.");
    }

    public void reopenRegistration() {
        run(() -> administration.reopenRegistration(id), "Registration is open again, within its window.");
    }

    /** First click: ask to confirm, saying who will be told. */
    public void askToCancel() {
        confirmingCancel = true;
    }

    public void keepEvent() {
        confirmingCancel = false;
    }

    public void cancelEvent() {
        confirmingCancel = false;
        run(() -> administration.cancel(id), "The event is cancelled. Everyone registered or waiting has been told by email.");
    }

    public void giveSeat(Registration registration) {
        String name = registration.getAccount().getFullName();
        run(() -> administration.moveFromWaitlist(id, registration.getId()), name + " now has a seat and has been told by email.");
    }

    public void saveAttendance() {
        run(() -> administration.recordAttendance(id, attendance), "Attendance saved. Those who came earned "
                + event.getCredits().stripTrailingZeros().toPlainString() + " credits each.");
    }

    /** Marks everyone in the uploaded CSV file as attended. */
    public void importAttendance() {
        if (file == null || file.getSize() == 0) {
            FieldMessages.show(new InvalidInputException("file", "Choose a CSV file to upload."), IMPORT_FORM);
            return;
        }
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            EventOrganising.AttendanceImport result = administration.importAttendance(id, csv);
            attendance.clear();
            load();
            FieldMessages.info(result.marked() + " marked as attended."
                    + (result.notRegistered().isEmpty() ? "" : " Not holding a seat, so not marked: " + String.join(", ", result.notRegistered()) + ".")
                    + (result.linesWithoutEmail() == 0 ? "" : " " + result.linesWithoutEmail() + " line(s) had no email address."));
        } catch (InvalidInputException problem) {
            FieldMessages.show(problem, IMPORT_FORM);
        } catch (IOException unreadable) {
            FieldMessages.show(new InvalidInputException("file", "The file could not be read. Please try again."), IMPORT_FORM);
        }
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            load();
            FieldMessages.info(done);
        } catch (InvalidInputException problem) {
            load();
            FieldMessages.error(problem.getMessage());
        }
    }

    private java.util.List<Registration> rememberAttendance(java.util.List<Registration> rows) {
        rows.forEach(r -> attendance.putIfAbsent(r.getId(), r.isAttended()));
        return rows;
    }

    public String when(java.time.Instant instant) {
        return EventTimes.dayAndTime(instant, event.zone());
    }

    /** True once the event has started: from then on, attendance can be recorded. */
    public boolean isAttendanceOpen() {
        return event.getStatus() == EventStatus.PUBLISHED && event.hasStarted(clock.instant());
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

    public long getWaitlisted() {
        return waitlisted;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }

    public Map<Long, Boolean> getAttendance() {
        return attendance;
    }

    public PagedList<Registration> getSeated() {
        return seated;
    }

    public PagedList<Registration> getWaitlist() {
        return waitlist;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
