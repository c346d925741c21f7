package org.civicportal.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the portal starts, before anything else uses it.
 * Other start-up steps declare {@code @DependsOn("DatabaseMigration")}.
 *
 * <p>The pools are declared here so that the database and its schema live in one module. The
 * validation settings let a pool recover by itself after the database restarts, and the bounded
 * wait makes requests fail fast while it is away.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = DatabaseMigration.DATA_SOURCE,
            className = "org.civicportal.db.PortalDataSource",
            minPoolSize = 2,
            maxPoolSize = 32,
            properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // a connection is checked at most once a second, not on every use: the check is a round
                // trip to the database plus a class lookup under the web application's class-loader lock,
                // and a page takes a connection for each service it calls (under load, threads queued on
                // that lock). After a database restart, a connection checked within the second may fail
                // one request with the "try again" page before the pool finds the restart and renews them.
                "fish.payara.validate-atmost-once-period-in-seconds=1",
                // while the database is away a request waits a few seconds at most, then gets the
                // "try again in a moment" page, instead of holding a thread for a minute (the default)
                "fish.payara.max-wait-time-in-millis=" + DatabaseMigration.MAX_WAIT_MILLIS,
                "fish.payara.connection-creation-retry-attempts=0"
            }),
    // Its own small pool, and not only a flag: a caller inside a transaction already holds a
    // connection of the main pool while it waits for one of these, so taking both from one pool
    // could leave every connection held by callers waiting for a second one.
    @DataSourceDefinition(
            name = DatabaseMigration.STANDALONE_DATA_SOURCE,
            className = "org.civicportal.db.PortalDataSource",
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = 8,
            properties = {
                // the same checks and bounded waits as the main pool (see there)
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.validate-atmost-once-period-in-seconds=1",
                "fish.payara.max-wait-time-in-millis=" + DatabaseMigration.MAX_WAIT_MILLIS,
                "fish.payara.connection-creation-retry-attempts=0"
            })
})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    /** How long a request waits for a pooled connection before it is told to try again. */
    public static final int MAX_WAIT_MILLIS = 3000;

    /** The JNDI name of the portal's data source. */
    public static final String DATA_SOURCE = "java:app/jdbc/portal";

    /**
     * The same database through connections that never join the caller's transaction: for short
     * steps that commit on their own, whatever transaction their caller is in (the log-in
     * throttle's row locks must not wait for the commit of a request that is hashing a password).
     */
    public static final String STANDALONE_DATA_SOURCE = "java:app/jdbc/portal-standalone";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrateOnStart() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        MigrateResult result = migrate(dataSource);
        LOG.info(() -> "Database " + settings.describe() + " at schema version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** Applies every pending migration to the given database; used at start-up and by tests. */
    public static MigrateResult migrate(DataSource target) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(target)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // Java migrations are listed here rather than found by scanning the class path,
                // which differs between application servers
                .javaMigrations(new V14__Account_email_exact_and_mail_claims())
                .load()
                .migrate();
    }
}
