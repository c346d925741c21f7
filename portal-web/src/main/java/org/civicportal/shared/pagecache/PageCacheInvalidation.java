package org.civicportal.shared.pagecache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Drops the kept pages when a write to the database commits. It listens to every statement
 * EclipseLink sends, and on a write joins the transaction to drop the pages once it has committed
 * (dropping them before would let a visitor's page drawn in between keep the old state). Where there
 * is no transaction to join, the pages go at once and again when the request ends.
 */
@ApplicationScoped
public class PageCacheInvalidation {

    private static final ThreadLocal<boolean[]> REQUEST_WROTE = new ThreadLocal<>();

    private static final Object REGISTERED = new Object();

    @Inject
    PageCache cache;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        em.unwrap(Server.class).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                if (event.getCall() instanceof DatabaseCall call && isWrite(call.getSQLString())) {
                    written();
                }
            }
        });
    }

    /** Marks this thread as serving a request: writes are then settled when it ends, by {@link #requestEnded()}. */
    static void requestStarted() {
        REQUEST_WROTE.set(new boolean[1]);
    }

    /** Drops the pages if the request wrote anything. */
    void requestEnded() {
        boolean[] wrote = REQUEST_WROTE.get();
        REQUEST_WROTE.remove();
        if (wrote != null && wrote[0]) {
            cache.clear();
        }
    }

    private void written() {
        if (dropWhenCommitted()) {
            return;
        }
        // no transaction to wait for (or too late to join it): drop them now, and again when the request ends
        cache.clear();
        boolean[] wrote = REQUEST_WROTE.get();
        if (wrote != null) {
            wrote[0] = true;
        }
    }

    /** Arranges for the pages to go once the current transaction commits; false if there is none to join. */
    private boolean dropWhenCommitted() {
        try {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return false;
            }
            if (transactions.getResource(REGISTERED) == null) {
                transactions.putResource(REGISTERED, Boolean.TRUE);
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // nothing before: the pages go once the write is there for everyone to read
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            cache.clear();
                        }
                    }
                });
            }
            return true;
        } catch (IllegalStateException completing) {
            return false;
        }
    }

    /** Anything but a query: INSERT, UPDATE, DELETE, and whatever else may change data. */
    static boolean isWrite(String sql) {
        if (sql == null) {
            return false;
        }
        int start = 0;
        while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
            start++;
        }
        String head = sql.substring(start, Math.min(sql.length(), start + 6)).toUpperCase(Locale.ROOT);
        return !(head.equals("SELECT") || head.startsWith("WITH"));
    }
}
