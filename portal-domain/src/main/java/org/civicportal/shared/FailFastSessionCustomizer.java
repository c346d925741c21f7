package org.civicportal.shared;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for want of a connection three times, five seconds
 * apart: while the database is away every page then hangs for fifteen seconds before failing.
 * The container's pool already validates each connection before handing it out (and replaces
 * broken ones), so a retry gains nothing: fail at once and let the page say "try again".
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
