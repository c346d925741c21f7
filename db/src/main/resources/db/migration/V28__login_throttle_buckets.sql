-- The log-in throttle's token buckets, shared by every node of the portal (Bucket4j's JDBC store).
-- One row per allowance: "account:<id>" or "network:<client network>". A missing row is a full
-- allowance, so rows can be deleted at any time once they have expired.
CREATE TABLE login_throttle_bucket (
    bucket_key VARCHAR(100) NOT NULL,
    -- Bucket4j's serialised bucket (configuration and tokens); empty for a moment while it is created
    state      BLOB         NULL,
    -- when the bucket is full again and the row can go, in milliseconds since 1970 (UTC)
    expires_at BIGINT       NULL,
    CONSTRAINT pk_login_throttle_bucket PRIMARY KEY (bucket_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_login_throttle_bucket_expiry ON login_throttle_bucket (expires_at);
