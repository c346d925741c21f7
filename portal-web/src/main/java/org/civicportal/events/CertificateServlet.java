package org.civicportal.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.civicportal.account.Account;
import org.civicportal.shared.Downloads;
import org.civicportal.shared.OnePagePdf.Row;
import org.civicportal.shared.OnePagePdf;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.ReadableDates;

/**
 * The logged-in member's certificate of attendance for an event ({@code ?id=…}), once an
 * organiser recorded that they attended. Anything else is "not found".
 */
@WebServlet("/events/certificate")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;


    @Inject
    EventService events;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Registration attendance = Downloads.find(request, "id", events::myAttendance, response).orElse(null);
        if (attendance == null) {
            return;
        }
        Event event = attendance.getEvent();
        Account person = attendance.getAccount();
        List<Row> rows = List.of(
                new Row("This certifies that", person.getFullName()),
                new Row("Local government", person.getJurisdiction().getName() + ", " + person.getJurisdiction().getRegion()),
                new Row("Attended", event.getTitle()),
                new Row("Type", event.getKind().getLabel()),
                new Row("On", ReadableDates.DAY.format(event.getStartsAt().atZone(event.zone())) + " (" + event.getDurationMinutes() + " minutes)"),
                new Row("Speakers", event.getSpeakers()),
                new Row("Credits earned", attendance.getCreditsEarned().stripTrailingZeros().toPlainString()));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate-event-" + event.getId() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        OnePagePdf.write(settings.portalName(), "Certificate of attendance", "Certificate of attendance", rows,
                "Issued by " + settings.portalName() + ". Attendance was recorded by the event's organisers.",
                response.getOutputStream());
    }
}
