-- Which node runs each scheduled job at its current tick. A node takes a job's lease with one
-- conditional UPDATE that succeeds only once the lease has expired, so however many nodes share
-- this database, each tick runs on one of them. Expiries are on the database's clock, the one
-- clock all nodes share. A row is created the first time its job asks for it.
CREATE TABLE job_lease (
    job        VARCHAR(100) NOT NULL,
    -- host name and a random id drawn when the node's JVM started: which node ran the job last
    holder     VARCHAR(200) NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_job_lease PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
