package org.civicportal.testing;

import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/** For in-container tests: reads in a transaction of their own, so the entity manager stays open for the query. */
public final class Transactions {

    private Transactions() {
    }

    public static <T> T read(UserTransaction transaction, Callable<T> query) throws Exception {
        transaction.begin();
        try {
            return query.call();
        } finally {
            transaction.commit();
        }
    }
}
