-- A message may carry one text attachment, such as a calendar invitation (.ics).
ALTER TABLE outbound_mail ADD COLUMN attachment_name VARCHAR(100) NULL;
ALTER TABLE outbound_mail ADD COLUMN attachment_type VARCHAR(100) NULL;
ALTER TABLE outbound_mail ADD COLUMN attachment MEDIUMTEXT NULL;
