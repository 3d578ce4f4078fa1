-- Several instances of the service share one database: each scheduled job runs on one of them at a time, the one that
-- holds its lease until the job's next run.
CREATE TABLE job_lease (
    job         VARCHAR(60)  PRIMARY KEY,
    holder      VARCHAR(120) NOT NULL,
    held_until  TIMESTAMP WITH TIME ZONE NOT NULL
);
