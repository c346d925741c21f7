-- Event administration: organisers may close registration before the window ends, and record
-- who attended, which grants the event's continuing-education credits.
ALTER TABLE event ADD COLUMN registration_closed_early BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE registration ADD COLUMN attended BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE registration ADD COLUMN credits_earned DECIMAL(5,2) NULL;
ALTER TABLE registration ADD COLUMN attendance_recorded_at DATETIME(6) NULL;

-- the registrant list pages through one event's registrations by status, oldest first
CREATE INDEX ix_registration_event_created ON registration (event_id, status, created_at);
