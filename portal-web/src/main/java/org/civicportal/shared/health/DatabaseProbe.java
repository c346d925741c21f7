package org.civicportal.shared.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.civicportal.db.DatabaseMigration;

/** The database answers: a connection from the pool passes the driver's validity check. */
@ApplicationScoped
public class DatabaseProbe implements HealthProbe {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean isUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException down) {
            return false;
        }
    }
}
