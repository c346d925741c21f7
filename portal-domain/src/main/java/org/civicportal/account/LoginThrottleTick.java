package org.civicportal.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Deletes the log-in throttle's expired buckets every ten minutes. Every node does it: the rows
 * one node is deleting are skipped by the others, and a row deleted twice is simply gone.
 */
@Singleton
// the deletes commit one by one on connections of their own; no transaction is needed around them
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginThrottleTick {

    @Inject
    DatabaseLoginBuckets buckets;

    @Schedule(hour = "*", minute = "*/10", second = "40", persistent = false)
    public void everyTenMinutes() {
        buckets.removeExpired();
    }
}
