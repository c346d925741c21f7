-- The cluster test's own rows (cluster/test.sh), after bench/members/seed.sql has made the members
-- bench-1 … bench-N: three webinars open to everyone with an account, one scenario each, and the
-- editor role for the member whose roles an administrator changes. Reminders are marked as sent,
-- so the reminder job mails nobody about them: every message the test counts is one it caused.

INSERT INTO event (kind, title, summary, speakers, topic, starts_at, zone_id, duration_minutes, online, join_url, audience,
                   capacity, seats_taken, registration_opens_at, registration_closes_at, credits, status, created_at,
                   reminder_sent_at)
SELECT 'WEBINAR', e.title, 'Shared dispatch: what two cities learned.', 'Pat Example', 'Shared services',
       UTC_TIMESTAMP(6) + INTERVAL 3 DAY, 'America/New_York', 60, TRUE, 'https://webinar.example.org/join/cluster', 'EVERYONE',
       e.capacity, 0, UTC_TIMESTAMP(6) - INTERVAL 7 DAY, UTC_TIMESTAMP(6) + INTERVAL 2 DAY, 1.00, 'PUBLISHED', NOW(6), NOW(6)
FROM (SELECT 'Cluster test: fifty seats' AS title, 50 AS capacity
      UNION ALL SELECT 'Cluster test: failover', 100
      UNION ALL SELECT 'Cluster test: kept page', 100) e;

INSERT INTO account_role (account_id, role)
SELECT id, 'EDITOR' FROM account WHERE email = 'bench-203@members.example.org';
