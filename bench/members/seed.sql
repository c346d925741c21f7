-- Members for the member-journey benchmark (bench/members.sh), written as the portal's own services
-- would leave them: confirmed accounts with the MEMBER role, a membership paid through the months
-- ahead with its paid invoice, and one open decision matrix each with every grade and score given.
-- Plus a few webinars with room for everyone, opening soon, for registering and cancelling.
-- Needs the session variables @members (how many) and @hash (one Argon2id hash of the benchmark
-- password, in the portal's format). MariaDB only: it counts with the seq_1_to_N tables.

SET @now = NOW(6);
SET @sql = CONCAT('INSERT INTO account (email, full_name, password_hash, jurisdiction_name, jurisdiction_region,',
    ' jurisdiction_country, jurisdiction_population, position_title, position_type, email_verified_at, created_at, updated_at)',
    ' SELECT CONCAT(''bench-'', seq, ''@members.example.org''), CONCAT(''Bench Member '', seq), @hash,',
    ' CONCAT(''Town of Bench '', seq), ''OR'', ''US'', 1000 + seq, ''Assistant City Manager'', ''LOCAL_GOVERNMENT_STAFF'',',
    ' @now, @now, @now FROM seq_1_to_', @members);
PREPARE fill FROM @sql;
EXECUTE fill;
DEALLOCATE PREPARE fill;

CREATE TEMPORARY TABLE bench_account AS SELECT id, full_name FROM account WHERE email LIKE 'bench-%@members.example.org';

INSERT INTO account_role (account_id, role) SELECT id, 'MEMBER' FROM bench_account;

INSERT INTO membership (account_id, category_id, approval, paid_from, paid_through, created_at)
SELECT b.id, c.id, 'NOT_NEEDED', CURDATE() - INTERVAL 120 DAY, CURDATE() + INTERVAL 245 DAY, @now
FROM bench_account b CROSS JOIN membership_category c WHERE c.code = 'LOCAL_GOVERNMENT_STAFF';

INSERT INTO invoice (number, membership_id, purpose, category_name, period_start, period_end, base_amount, discount_amount,
                     total, currency, status, issued_at)
SELECT CONCAT('BENCH-', m.id), m.id, 'JOIN', 'Local-government staff', m.paid_from, m.paid_through, 195.00, 0, 195.00, 'USD',
       'PAID', @now - INTERVAL 120 DAY
FROM membership m JOIN bench_account b ON b.id = m.account_id;

INSERT INTO payment (invoice_id, amount, currency, method, reference, received_on, recorded_at)
SELECT i.id, i.total, i.currency, 'CHECK', i.number, CAST(i.issued_at AS DATE), i.issued_at FROM invoice i WHERE i.number LIKE 'BENCH-%';

INSERT INTO decision_matrix (owner_id, title, service_area_id, context, scale_min, scale_max, status, created_at, updated_at)
SELECT b.id, 'Fleet maintenance: share with the county?', (SELECT MIN(id) FROM service_area WHERE parent_id IS NOT NULL),
       'Our garage serves 140 vehicles; the county runs a larger one eight miles away.', 1, 5, 'OPEN', @now, @now
FROM bench_account b;

CREATE TEMPORARY TABLE bench_matrix AS
SELECT m.id, b.full_name FROM decision_matrix m JOIN bench_account b ON b.id = m.owner_id;

INSERT INTO matrix_option (matrix_id, name, position)
SELECT m.id, o.name, o.position FROM bench_matrix m CROSS JOIN (
    SELECT 'Keep in-house' AS name, 1 AS position
    UNION ALL SELECT 'Intergovernmental agreement or shared service', 2
    UNION ALL SELECT 'Contract with a private firm', 3
    UNION ALL SELECT 'Partnership with a nonprofit', 4) o;

INSERT INTO matrix_criterion (matrix_id, name, description, weight, position)
SELECT m.id, d.name, d.description, d.weight, d.position FROM bench_matrix m CROSS JOIN default_criterion d;

INSERT INTO matrix_grade (matrix_id, characteristic, grade, note)
SELECT m.id, c.code, 1 + (m.id + c.position) % 3, 'Seeded for the benchmark.' FROM bench_matrix m CROSS JOIN readiness_characteristic c;

INSERT INTO matrix_score (option_id, criterion_id, score, rationale)
SELECT o.id, cr.id, 1 + (o.position * 7 + cr.position * 3 + o.matrix_id) % 5, 'Seeded for the benchmark.'
FROM matrix_option o JOIN matrix_criterion cr ON cr.matrix_id = o.matrix_id JOIN bench_matrix m ON m.id = o.matrix_id;

INSERT INTO matrix_change (matrix_id, changed_at, changed_by, what)
SELECT m.id, @now, m.full_name, 'Created the matrix' FROM bench_matrix m;

-- room for everyone; reminders marked as sent, so the reminder job mails nobody about them
INSERT INTO event (kind, title, summary, speakers, topic, starts_at, zone_id, duration_minutes, online, join_url, audience,
                   capacity, seats_taken, registration_opens_at, registration_closes_at, credits, status, created_at,
                   reminder_sent_at)
SELECT 'WEBINAR', CONCAT('Benchmark webinar ', seq), 'Shared fleet maintenance: what three counties learned.', 'Pat Example',
       'Shared services', UTC_TIMESTAMP(6) + INTERVAL 20 + seq HOUR, 'America/New_York', 60, TRUE,
       'https://webinar.example.org/join/bench', IF(seq % 2 = 1, 'MEMBERS_ONLY', 'EVERYONE'), 1000000, 0,
       UTC_TIMESTAMP(6) - INTERVAL 7 DAY, UTC_TIMESTAMP(6) + INTERVAL 19 + seq HOUR, 1.00, 'PUBLISHED', @now, @now
FROM seq_1_to_4;
