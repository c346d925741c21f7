package org.civicportal.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.civicportal.events.Audience;
import org.civicportal.events.Event;
import org.civicportal.events.EventKind;
import org.civicportal.events.EventSeeding;
import org.civicportal.events.RegistrationWindow;

/**
 * Lets a browser journey set the portal's clock and create an event. It exists only in test
 * deployments (it is a test class); the portal itself has nothing like it.
 */
@WebServlet("/test-control")
public class TestControlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MovableClock clock;

    @Inject
    EventSeeding events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if (request.getParameter("clock") != null) {
            clock.setInstant(Instant.parse(request.getParameter("clock")));
            response.getWriter().print(clock.instant());
            return;
        }
        Instant startsAt = Instant.parse(request.getParameter("startsAt"));
        Event event = new Event(EventKind.WEBINAR, request.getParameter("title"), "A webinar for the journey.", "Test Speaker",
                startsAt, ZoneId.of("America/New_York"), Duration.ofMinutes(60), Audience.EVERYONE,
                Integer.parseInt(request.getParameter("capacity")),
                new RegistrationWindow(clock.instant().minus(Duration.ofDays(1)), startsAt.minus(Duration.ofHours(1))), clock.instant());
        event.joinAt("https://webinar.example.org/join/" + System.nanoTime());
        response.getWriter().print(events.save(event).getId());
    }
}
