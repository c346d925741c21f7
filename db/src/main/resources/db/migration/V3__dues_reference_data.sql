-- The association's membership categories and a first dues schedule, so that a new portal can take
-- members at once; administrators change them from the dues pages.

INSERT INTO membership_category (code, name, description, period_kind, late_joiners_from, grace_days, renewal_opens_days, requires_approval, display_order)
VALUES ('CAO_ACAO', 'Chief or assistant chief administrative officer',
        'The reduced rate for CAOs and ACAOs (city and county managers and their assistants). An administrator confirms eligibility.',
        'CALENDAR_YEAR', '10-01', 30, 60, TRUE, 1);
INSERT INTO membership_category (code, name, description, period_kind, late_joiners_from, grace_days, renewal_opens_days, requires_approval, display_order)
VALUES ('LOCAL_GOVERNMENT_STAFF', 'Local-government staff', 'For staff of a local government in any position.',
        'CALENDAR_YEAR', '10-01', 30, 60, FALSE, 2);
INSERT INTO membership_category (code, name, description, period_kind, late_joiners_from, grace_days, renewal_opens_days, requires_approval, display_order)
VALUES ('STUDENT', 'Student', 'For students of public administration and related fields.',
        'ANNIVERSARY', NULL, 15, 30, FALSE, 3);
INSERT INTO membership_category (code, name, description, period_kind, late_joiners_from, grace_days, renewal_opens_days, requires_approval, display_order)
VALUES ('AFFILIATE', 'Affiliate', 'For consultants, academics, nonprofit and private-sector partners.',
        'ANNIVERSARY', NULL, 15, 30, FALSE, 4);

INSERT INTO membership_category_position (category_id, position_type)
SELECT id, 'CAO' FROM membership_category WHERE code = 'CAO_ACAO';
INSERT INTO membership_category_position (category_id, position_type)
SELECT id, 'ACAO' FROM membership_category WHERE code = 'CAO_ACAO';
INSERT INTO membership_category_position (category_id, position_type)
SELECT id, 'LOCAL_GOVERNMENT_STAFF' FROM membership_category WHERE code = 'LOCAL_GOVERNMENT_STAFF';
INSERT INTO membership_category_position (category_id, position_type)
SELECT id, 'CAO' FROM membership_category WHERE code = 'LOCAL_GOVERNMENT_STAFF';
INSERT INTO membership_category_position (category_id, position_type)
SELECT id, 'ACAO' FROM membership_category WHERE code = 'LOCAL_GOVERNMENT_STAFF';
INSERT INTO membership_category_position (category_id, position_type)
SELECT id, 'STUDENT' FROM membership_category WHERE code = 'STUDENT';
INSERT INTO membership_category_position (category_id, position_type)
SELECT id, 'OTHER' FROM membership_category WHERE code = 'AFFILIATE';

INSERT INTO dues_schedule (name, effective_from, effective_to, currency, created_at)
VALUES ('Dues 2026', '2026-01-01', NULL, 'USD', CURRENT_TIMESTAMP);

INSERT INTO dues_rate (schedule_id, category_id, annual_rate)
SELECT s.id, c.id, 395.00 FROM dues_schedule s, membership_category c WHERE s.name = 'Dues 2026' AND c.code = 'CAO_ACAO';
INSERT INTO dues_rate (schedule_id, category_id, annual_rate)
SELECT s.id, c.id, 550.00 FROM dues_schedule s, membership_category c WHERE s.name = 'Dues 2026' AND c.code = 'LOCAL_GOVERNMENT_STAFF';
INSERT INTO dues_rate (schedule_id, category_id, annual_rate)
SELECT s.id, c.id, 50.00 FROM dues_schedule s, membership_category c WHERE s.name = 'Dues 2026' AND c.code = 'STUDENT';
INSERT INTO dues_rate (schedule_id, category_id, annual_rate)
SELECT s.id, c.id, 300.00 FROM dues_schedule s, membership_category c WHERE s.name = 'Dues 2026' AND c.code = 'AFFILIATE';

INSERT INTO dues_discount (schedule_id, from_population, to_population, kind, amount)
SELECT id, 1, 9999, 'PERCENT', 40 FROM dues_schedule WHERE name = 'Dues 2026';
INSERT INTO dues_discount (schedule_id, from_population, to_population, kind, amount)
SELECT id, 10000, 24999, 'PERCENT', 25 FROM dues_schedule WHERE name = 'Dues 2026';
INSERT INTO dues_discount (schedule_id, from_population, to_population, kind, amount)
SELECT id, 25000, 49999, 'PERCENT', 10 FROM dues_schedule WHERE name = 'Dues 2026';

INSERT INTO dues_discount_category (discount_id, category_id)
SELECT d.id, c.id FROM dues_discount d, membership_category c
WHERE c.code IN ('CAO_ACAO', 'LOCAL_GOVERNMENT_STAFF');
