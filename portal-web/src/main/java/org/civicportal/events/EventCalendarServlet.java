package org.civicportal.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.civicportal.shared.Downloads;
import org.civicportal.shared.PortalSettings;

/** "Add to calendar": the event as an .ics file. Public, like the event page; never creates a session. */
@WebServlet("/events/calendar")
public class EventCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EventCatalog catalog;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Event event = Downloads.find(request, "id", catalog::find, response).orElse(null);
        if (event == null) {
            return;
        }
        CalendarFile.Entry entry = event.calendarEntry(settings.link("events/event.xhtml?id=" + event.getId()), event.getVersion());
        String ics = CalendarFile.published(entry, clock.instant(), event.getStatus() == EventStatus.CANCELLED);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"event-" + event.getId() + ".ics\"");
        response.getOutputStream().write(ics.getBytes(StandardCharsets.UTF_8));
    }
}
