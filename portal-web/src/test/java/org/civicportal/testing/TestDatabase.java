package org.civicportal.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB/MySQL database the integration tests run against, created empty once per test run
 * (the portal migrates it when it starts). Settings come from the build: {@code test.db.url},
 * {@code test.db.user}, {@code test.db.password}.
 */
public final class TestDatabase {

    private static boolean created;

    private TestDatabase() {
    }

    /** Drops and creates the test database, the first time it is called in this JVM. */
    public static synchronized void createOnce() {
        if (created) {
            return;
        }
        String url = System.getProperty("test.db.url");
        URI uri = URI.create(url.substring("jdbc:".length()));
        String name = uri.getPath().substring(1);
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalStateException("Unexpected test database name: " + name);
        }
        String server = "jdbc:" + uri.getScheme() + "://" + uri.getAuthority() + "/";
        try (Connection connection = DriverManager.getConnection(server, System.getProperty("test.db.user"),
                System.getProperty("test.db.password", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server
                    + ". Is MariaDB running at 127.0.0.1:3306 (see .ci/run)?", e);
        }
        created = true;
    }
}
