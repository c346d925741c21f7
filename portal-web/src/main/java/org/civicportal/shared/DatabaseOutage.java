package org.civicportal.shared;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, or every pooled
 * connection busy past the pool's bounded wait) from any other failure. Such a request is
 * answered with 503 and a "try again in a moment" page instead of an error page.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** True if anything in the chain of causes says the database could not be reached. */
    public static boolean isCauseOf(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isOutage(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && isOutage(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof SQLRecoverableException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                || t instanceof SocketTimeoutException || t instanceof ResourceException) {
            return true;
        }
        // SQL state class 08 is "connection exception" in the SQL standard, whatever the driver
        return t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }
}
