-- When the reminder before an event went out; set by one conditional UPDATE so it goes out once.
ALTER TABLE event ADD COLUMN reminder_sent_at DATETIME(6) NULL;
