package org.civicportal.shared.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Future;
import org.civicportal.testing.MovableClock;

/**
 * Lets a journey race delivery runs over the outbox. Exists only in test deployments.
 * <ul>
 * <li>{@code ?queue=N&to=prefix}: queues N messages (to prefix-i@…), then runs two deliveries at
 * once, besides the one each queued message starts by itself;</li>
 * <li>{@code ?claimed=address}: writes a message and claims it, as a run that is sending it (or
 * died while sending) would;</li>
 * <li>{@code ?run}: one delivery run.</li>
 * </ul>
 */
@WebServlet("/test-mail-delivery")
public class DeliveryRaceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Mailer mailer;

    @Inject
    MailDelivery delivery;

    @Inject
    OutboxClaims claims;

    @Inject
    Clock clock;

    @Inject
    MovableClock movableClock;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        try {
            if (request.getParameter("queue") != null) {
                int count = Integer.parseInt(request.getParameter("queue"));
                transaction.begin();
                for (int i = 0; i < count; i++) {
                    mailer.send(request.getParameter("to") + "-" + i + "@race.example.org", "Race " + i, "Message " + i);
                }
                transaction.commit();
                // the clock jumps forward: every message now looks long overdue to a retry
                movableClock.advance(java.time.Duration.ofMinutes(2));
                List<Future<?>> runs = List.of(executor.submit(delivery::deliverPending), executor.submit(delivery::deliverPending));
                for (Future<?> run : runs) {
                    run.get();
                }
            } else if (request.getParameter("claimed") != null) {
                transaction.begin();
                OutboundMail mail = new OutboundMail(request.getParameter("claimed"), "Claimed", "Being sent", MailStatus.PENDING,
                        clock.instant());
                em.persist(mail);
                transaction.commit();
                claims.claim(mail.getId()).orElseThrow();
            } else if (request.getParameter("run") != null) {
                delivery.deliverPending();
            }
            response.getWriter().print("ok");
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
