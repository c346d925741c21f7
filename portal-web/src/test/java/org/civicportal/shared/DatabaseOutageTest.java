package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void recognisesAnUnreachableDatabaseDeepInTheChain() {
        // the shape Payara and EclipseLink give a page while the database is down
        SQLException pool = new SQLException("Error in allocating a connection.", new ResourceAllocationException("Communications link failure"));
        assertTrue(DatabaseOutage.isCauseOf(new ServletException(new RuntimeException("persistence", pool))));
        assertTrue(DatabaseOutage.isCauseOf(new RuntimeException(new SQLRecoverableException("link failure"))));
        assertTrue(DatabaseOutage.isCauseOf(new RuntimeException(new ConnectException("refused"))));
        assertTrue(DatabaseOutage.isCauseOf(new SQLException("Communications link failure", "08S01")));
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertFalse(DatabaseOutage.isCauseOf(new ServletException(new IllegalStateException("a bug"))));
        assertFalse(DatabaseOutage.isCauseOf(new SQLException("Duplicate entry", "23000")));
        assertFalse(DatabaseOutage.isCauseOf(null));
    }

    @Test
    void survivesACycleOfCauses() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.isCauseOf(first));
    }

    @Test
    void theSessionCookieIsSecureOnlyBehindHttps() {
        assertTrue(SecureCookies.isHttps("https://portal.example.org/"));
        assertFalse(SecureCookies.isHttps("http://localhost:8080/"));
        assertFalse(SecureCookies.isHttps("not a url at all"));
    }
}
