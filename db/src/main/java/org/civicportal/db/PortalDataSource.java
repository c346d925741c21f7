package org.civicportal.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical connection factory behind the container's connection pool.
 *
 * <p>Why our own class: the pool is declared once in the application
 * ({@link DatabaseMigration}), but the driver depends on the URL given at run time (H2 by
 * default, MySQL Connector/J for MySQL and MariaDB). This class picks the driver that accepts
 * the URL from the drivers packaged with the application; Payara does the pooling, validation
 * and transactions around it.
 */
public class PortalDataSource implements DataSource {

    private final DatabaseSettings settings = DatabaseSettings.fromEnvironment();
    private volatile Driver driver;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(settings.user(), settings.password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (settings.url().startsWith("jdbc:mysql:")) {
            // a database host that does not answer at all (down, or hung) must not hold a request
            // for ever: connecting waits as long as the pool does, an unanswered statement 30 s
            if (!settings.url().contains("connectTimeout")) {
                properties.setProperty("connectTimeout", String.valueOf(DatabaseMigration.MAX_WAIT_MILLIS));
            }
            if (!settings.url().contains("socketTimeout")) {
                properties.setProperty("socketTimeout", "30000");
            }
        }
        Connection connection = driver().connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("The driver refused the database URL " + settings.describe());
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        Driver found = driver;
        if (found == null) {
            for (Driver candidate : ServiceLoader.load(Driver.class, PortalDataSource.class.getClassLoader())) {
                if (candidate.acceptsURL(settings.url())) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                throw new SQLException("No JDBC driver in the application accepts " + settings.describe()
                        + " (supported: jdbc:h2:, jdbc:mysql:)");
            }
            driver = found;
        }
        return found;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the container logs through java.util.logging; nothing to keep
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is used directly");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
