-- A counter per account that every end of its log-in sessions raises (account disabled, password
-- reset or changed, roles changed). A session remembers the value it was opened under, and the
-- node serving a request compares it with this one: sessions move between nodes (a node that dies
-- leaves its sessions to the others), so no node alone can find and end all of an account's sessions.
ALTER TABLE account ADD COLUMN sessions_version INT NOT NULL DEFAULT 0;
