package org.civicportal.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/**
 * For in-container tests: reads in a transaction of their own, so the entity manager stays open for
 * the query. The transaction is a CDI one, not the {@code UserTransaction}: Payara refuses
 * {@code UserTransaction.begin()} ("Operation not allowed") on a pooled request thread that an
 * earlier request left marked as inside a {@code @Transactional} method, which made tests fail now
 * and then.
 */
public final class Transactions {

    private Transactions() {
    }

    /** Runs the query in a new transaction, committed when it returns. */
    public static <T> T read(Callable<T> query) throws Exception {
        return CDI.current().select(Runner.class).get().call(query);
    }

    /** As {@link #read(Callable)}; the user transaction is not used (see the class comment). */
    public static <T> T read(UserTransaction unused, Callable<T> query) throws Exception {
        return read(query);
    }

    /** The bean whose method is the transaction's boundary. */
    @ApplicationScoped
    public static class Runner {

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public <T> T call(Callable<T> query) throws Exception {
            return query.call();
        }
    }
}
