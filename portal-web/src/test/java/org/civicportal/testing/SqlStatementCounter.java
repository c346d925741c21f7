package org.civicportal.testing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements EclipseLink sends while serving HTTP requests, so a test can prove that
 * a page costs a fixed number of statements however many rows it shows. Statements of the portal's
 * own timers (the library search catching up every few seconds, the mail job) run on other threads
 * and are left out. Exists only in test deployments; attached at run time, once.
 */
public final class SqlStatementCounter extends SessionEventAdapter {

    /** The request threads of Payara's HTTP listener are named so; timers and EJB pools are not. */
    private static final String REQUEST_THREAD = "http-thread-pool";

    /** Enough to see what a page ran when a count surprises; more would only fill the heap. */
    private static final int STATEMENTS_KEPT = 200;

    private static final SqlStatementCounter INSTANCE = new SqlStatementCounter();

    private final List<String> statements = new ArrayList<>();
    private int count;

    private SqlStatementCounter() {
    }

    /**
     * Adds the counter to the persistence unit's server session, if it is not there yet. Client
     * sessions copy the server's listeners when they are made, so every transaction begun after
     * this call is counted.
     */
    public static SqlStatementCounter attachTo(EntityManager em) {
        SessionEventManager events = em.unwrap(Server.class).getEventManager();
        synchronized (events) {
            if (!events.getListeners().contains(INSTANCE)) {
                events.addListener(INSTANCE);
            }
        }
        return INSTANCE;
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (!Thread.currentThread().getName().startsWith(REQUEST_THREAD)) {
            return;
        }
        Call call = event.getCall();
        String sql = call instanceof DatabaseCall databaseCall ? databaseCall.getSQLString() : String.valueOf(call);
        synchronized (this) {
            count++;
            if (statements.size() < STATEMENTS_KEPT) {
                statements.add(Thread.currentThread().getName() + ": " + sql);
            }
        }
    }

    /** Starts counting from zero. */
    public synchronized void reset() {
        count = 0;
        statements.clear();
    }

    /** The statements run on request threads since the last reset. */
    public synchronized int count() {
        return count;
    }

    /** The first statements since the last reset, one a line, each after the thread that ran it. */
    public synchronized String statements() {
        return String.join("\n", statements);
    }
}
