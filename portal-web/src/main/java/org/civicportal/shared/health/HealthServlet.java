package org.civicportal.shared.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.civicportal.account.Role;

/**
 * {@code /health}: whether the portal and what it depends on work, for the operator's monitoring.
 * It answers only on the server itself (a loopback connection that no proxy forwarded) or to a
 * logged-in administrator; anyone else gets 404, as if it did not exist, since what is up or down
 * tells an attacker when to strike. Payara Micro's own {@code /health} and {@code /metrics} are
 * switched off at start-up (see the Payara command files next to the sources).
 *
 * <p>The answer has MicroProfile Health's shape: {@code {"status":"UP","checks":[...]}}, with 503
 * when any check is down. Checks are the {@link HealthProbe} beans.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    transient Instance<HealthProbe> probes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!mayRead(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder checks = new StringBuilder();
        boolean allUp = true;
        for (HealthProbe probe : probes) {
            boolean up = probe.isUp();
            allUp &= up;
            checks.append(checks.length() == 0 ? "" : ",")
                    .append("{\"name\":\"").append(probe.name()).append("\",\"status\":\"").append(up ? "UP" : "DOWN").append("\"}");
        }
        response.setStatus(allUp ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().print("{\"status\":\"" + (allUp ? "UP" : "DOWN") + "\",\"checks\":[" + checks + "]}");
    }

    /** On the server itself, not through a proxy; or an administrator. */
    static boolean mayRead(HttpServletRequest request) {
        return request.isUserInRole(Role.Names.ADMIN) || isLocal(request);
    }

    private static boolean isLocal(HttpServletRequest request) {
        // a reverse proxy on the same host connects from loopback on everyone's behalf
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null
                || request.getHeader("X-Real-IP") != null) {
            return false;
        }
        try {
            // the remote address is an IP literal, so this never asks DNS
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
