package org.civicportal.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civicportal.shared.Downloads;
import org.civicportal.account.Account;
import org.civicportal.shared.Csv;

/**
 * An event's seat holders, then its waitlist in order, as CSV ({@code ?id=…}). Under
 * {@code /admin/events}, so only editors and administrators reach it; the service checks again.
 */
@WebServlet("/admin/events/registrants")
public class RegistrantsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EventAdministration administration;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Event event = Downloads.find(request, "id", administration::find, response).orElse(null);
        if (event == null) {
            return;
        }
        long eventId = event.getId();
        Csv csv = Csv.download(response, "registrants-event-" + eventId + ".csv");
        csv.row("Status", "Waitlist place", "Name", "Email", "Local government", "State or province", "Position",
                "Registered at (UTC)", "Attended", "Credits");
        int place = 0;
        for (Registration r : administration.active(eventId)) {
            Account person = r.getAccount();
            boolean waiting = r.getStatus() == RegistrationStatus.WAITLISTED;
            csv.row(waiting ? "Waitlisted" : "Registered", waiting ? ++place : null, person.getFullName(),
                    person.getEmail(), person.getJurisdiction().getName(), person.getJurisdiction().getRegion(),
                    person.getPositionTitle(), r.getCreatedAt(), r.isAttended() ? "Yes" : "No", r.getCreditsEarned());
        }
        csv.finish();
    }
}
