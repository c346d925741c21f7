package org.civicportal.shared;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.civicportal.db.DatabaseMigration;

/**
 * Fills the tables behind {@code SqlPerPageIT}'s pages with many rows at once: batched SQL
 * inserts, a second or so for a thousand rows where the services would take a minute. The rows are
 * what the services would write (published events, confirmed accounts with a paid membership,
 * registrations, invoices, matrices), each set named by a word so a test finds its own. The portal
 * keeps no shared entity cache, so it reads them like any other row. Exists only in that test's
 * deployment.
 */
@WebServlet("/test-sql-seeds")
public class SqlPerPageSeeds extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /**
     * {@code op=events&word=W&count=N&from=instant&hours=H}: N published events titled "W i", the
     * i-th starting H·i hours after {@code from} (negative H: before), registration open from a year
     * before; answers how many. {@code op=register&account=id&word=W&now=instant}: registers the account for every
     * event titled with W (attended, with credits, for those held before {@code now}). {@code op=registrants&event=id&word=W}:
     * registers every account named with W for the event. {@code op=accounts&word=W&count=N&today=day}: N confirmed
     * members named "W i", each with a paid membership (of each category in turn) ending 31 to 60 days after {@code today} (reminders go out 30
     * days before, so none is due), its invoice and a payment of the last twelve months.
     * {@code op=invoices&account=id&count=N}: N earlier paid monthly invoices on the account's membership.
     * {@code op=matrices&account=id&word=W&count=N}: N matrices of the account, with service areas in turn.
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int rows = switch (request.getParameter("op")) {
                    case "events" -> events(connection, request.getParameter("word"), count(request), Instant.parse(request.getParameter("from")),
                            Integer.parseInt(request.getParameter("hours")));
                    case "register" -> register(connection, id(request, "account"), request.getParameter("word"), Instant.parse(request.getParameter("now")));
                    case "registrants" -> registrants(connection, id(request, "event"), request.getParameter("word"));
                    case "accounts" -> accounts(connection, request.getParameter("word"), count(request), LocalDate.parse(request.getParameter("today")));
                    case "invoices" -> invoices(connection, id(request, "account"), count(request));
                    case "matrices" -> matrices(connection, id(request, "account"), request.getParameter("word"), count(request));
                    default -> throw new IllegalArgumentException("op=events, register, registrants, accounts, invoices or matrices");
                };
                connection.commit();
                response.getWriter().print(rows);
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException failed) {
            throw new IOException(failed);
        }
    }

    private static int events(Connection connection, String word, int count, Instant from, int hours) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event (kind, title, summary, speakers, topic, starts_at,"
                + " zone_id, duration_minutes, online, join_url, audience, capacity, seats_taken, registration_opens_at,"
                + " registration_closes_at, credits, status, created_at, reminder_sent_at)"
                + " VALUES ('WEBINAR', ?, 'A generated event.', 'Generated Speaker', 'Shared services', ?, 'America/New_York', 60, TRUE,"
                + " 'https://webinar.example.org/join/generated', 'EVERYONE', 5000, 0, ?, ?, 1.50, 'PUBLISHED', ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                Instant startsAt = from.plus(Duration.ofHours((long) hours * i));
                insert.setString(1, word + " " + i);
                insert.setTimestamp(2, Timestamp.from(startsAt));
                insert.setTimestamp(3, Timestamp.from(startsAt.minus(Duration.ofDays(365))));
                insert.setTimestamp(4, Timestamp.from(startsAt.minus(Duration.ofHours(1))));
                insert.setTimestamp(5, Timestamp.from(now));
                // marked as reminded: the reminder job has nothing to mail about generated events
                insert.setTimestamp(6, Timestamp.from(now));
                insert.addBatch();
            }
            return insert.executeBatch().length;
        }
    }

    private static int register(Connection connection, long accountId, String word, Instant now) throws SQLException {
        Timestamp held = Timestamp.from(now);
        int rows = update(connection, "INSERT INTO registration (event_id, account_id, status, created_at, attended, credits_earned,"
                + " attendance_recorded_at) SELECT e.id, ?, 'REGISTERED', e.registration_opens_at, e.starts_at < ?,"
                + " CASE WHEN e.starts_at < ? THEN e.credits END, CASE WHEN e.starts_at < ? THEN e.starts_at END"
                + " FROM event e WHERE e.title LIKE ?", accountId, held, held, held, word + " %");
        update(connection, "UPDATE event SET seats_taken = seats_taken + 1 WHERE title LIKE ?", word + " %");
        return rows;
    }

    private static int registrants(Connection connection, long eventId, String word) throws SQLException {
        int rows = update(connection, "INSERT INTO registration (event_id, account_id, status, created_at)"
                + " SELECT ?, a.id, 'REGISTERED', a.created_at FROM account a WHERE a.full_name LIKE ?", eventId, word + " %");
        update(connection, "UPDATE event SET seats_taken = seats_taken + ? WHERE id = ?", rows, eventId);
        return rows;
    }

    private static int accounts(Connection connection, String word, int count, LocalDate today) throws SQLException {
        // every category in turn: a page that reads a category's details once per category shows it
        List<Long> categories = ids(connection, "SELECT id FROM membership_category ORDER BY display_order");
        List<Long> approved = ids(connection, "SELECT id FROM membership_category WHERE requires_approval = TRUE");
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (email, full_name, password_hash,"
                + " jurisdiction_name, jurisdiction_region, jurisdiction_country, jurisdiction_population, position_title, position_type,"
                + " email_verified_at, created_at, updated_at) VALUES (?, ?, 'no password: never logs in', ?, 'OR', 'US', ?,"
                + " 'Assistant City Manager', 'LOCAL_GOVERNMENT_STAFF', ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                account.setString(1, (word + "-" + i + "@generated.example.org").toLowerCase(java.util.Locale.ROOT));
                account.setString(2, word + " " + i);
                account.setString(3, "Town of " + word + " " + i);
                account.setInt(4, 1_000 + i);
                account.setTimestamp(5, now);
                account.setTimestamp(6, now);
                account.setTimestamp(7, now);
                account.addBatch();
            }
            account.executeBatch();
        }
        update(connection, "INSERT INTO account_role (account_id, role) SELECT id, 'MEMBER' FROM account WHERE full_name LIKE ?", word + " %");
        List<Long> accounts = ids(connection, "SELECT id FROM account WHERE full_name LIKE ? ORDER BY id", word + " %");
        try (PreparedStatement membership = connection.prepareStatement("INSERT INTO membership (account_id, category_id, approval,"
                + " decided_at, paid_from, paid_through, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < accounts.size(); i++) {
                LocalDate paidThrough = today.plusDays(31 + i % 30);
                long category = categories.get(i % categories.size());
                boolean needsApproval = approved.contains(category);
                membership.setLong(1, accounts.get(i));
                membership.setLong(2, category);
                membership.setString(3, needsApproval ? "APPROVED" : "NOT_NEEDED");
                membership.setTimestamp(4, needsApproval ? now : null);
                membership.setDate(5, Date.valueOf(paidThrough.minusYears(1).plusDays(1)));
                membership.setDate(6, Date.valueOf(paidThrough));
                membership.setTimestamp(7, now);
                membership.addBatch();
            }
            membership.executeBatch();
        }
        List<Long> memberships = ids(connection, "SELECT m.id FROM membership m JOIN account a ON a.id = m.account_id"
                + " WHERE a.full_name LIKE ? ORDER BY m.id", word + " %");
        List<PaidInvoice> invoices = new ArrayList<>();
        for (int i = 0; i < memberships.size(); i++) {
            LocalDate paidOn = today.minusDays(i % 330);
            invoices.add(new PaidInvoice(memberships.get(i), "JOIN", paidOn.minusYears(1).plusDays(45), paidOn.plusDays(45), paidOn));
        }
        paid(connection, invoices);
        return accounts.size();
    }

    private static int invoices(Connection connection, long accountId, int count) throws SQLException {
        long membership = single(connection, "SELECT id FROM membership WHERE account_id = ?", accountId);
        LocalDate before = LocalDate.of(2025, 12, 1);
        List<PaidInvoice> invoices = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate start = before.minusMonths(i);
            invoices.add(new PaidInvoice(membership, "RENEWAL", start, start.plusMonths(1).minusDays(1), start));
        }
        paid(connection, invoices);
        return count;
    }

    /** An invoice paid by check on the day it was issued. */
    private record PaidInvoice(long membership, String purpose, LocalDate start, LocalDate end, LocalDate paidOn) {
    }

    /** The invoices in one batch, then their payments in one statement, found by the numbers just given. */
    private static void paid(Connection connection, List<PaidInvoice> invoices) throws SQLException {
        String numbers = "G" + Long.toString(System.currentTimeMillis(), 36);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO invoice (number, membership_id, purpose, category_name,"
                + " period_start, period_end, base_amount, discount_amount, total, currency, status, issued_at)"
                + " VALUES (?, ?, ?, 'Local-government staff', ?, ?, 195.00, 0, 195.00, 'USD', 'PAID', ?)")) {
            for (int i = 0; i < invoices.size(); i++) {
                PaidInvoice invoice = invoices.get(i);
                insert.setString(1, numbers + "-" + i);
                insert.setLong(2, invoice.membership());
                insert.setString(3, invoice.purpose());
                insert.setDate(4, Date.valueOf(invoice.start()));
                insert.setDate(5, Date.valueOf(invoice.end()));
                insert.setTimestamp(6, Timestamp.valueOf(invoice.paidOn().atTime(9, 0)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        update(connection, "INSERT INTO payment (invoice_id, amount, currency, method, reference, received_on, recorded_at)"
                + " SELECT id, total, currency, 'CHECK', number, CAST(issued_at AS DATE), issued_at FROM invoice WHERE number LIKE ?", numbers + "-%");
    }

    private static int matrices(Connection connection, long accountId, String word, int count) throws SQLException {
        // services, as most matrices are about one: their areas are then read through them
        List<Long> areas = ids(connection, "SELECT id FROM service_area WHERE parent_id IS NOT NULL ORDER BY id");
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO decision_matrix (owner_id, title, service_area_id,"
                + " scale_min, scale_max, status, created_at, updated_at, finalised_at) VALUES (?, ?, ?, 1, 5, ?, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                insert.setLong(1, accountId);
                insert.setString(2, word + " " + i);
                // every few without a service, as a matrix may be started before choosing one
                Long area = i % 5 == 0 ? null : areas.get(i % areas.size());
                insert.setObject(3, area);
                insert.setString(4, i % 3 == 0 ? "FINAL" : "OPEN");
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, i % 3 == 0 ? now : null);
                insert.addBatch();
            }
            return insert.executeBatch().length;
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static List<Long> ids(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static long single(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Long> ids = ids(connection, sql, parameters);
        if (ids.size() != 1) {
            throw new IllegalStateException(ids.size() + " rows for " + sql);
        }
        return ids.get(0);
    }

    private static int count(HttpServletRequest request) {
        return Integer.parseInt(request.getParameter("count"));
    }

    private static long id(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }
}
