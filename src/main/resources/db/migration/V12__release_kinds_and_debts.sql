-- Who took the car (PRODUCT §9): the kind of recipient and the documents that kind shows. The person at the counter
-- stays in released_to_name and released_to_national_id (absent for a foreign national). Every earlier release was to
-- the owner in person.
ALTER TABLE impound ADD COLUMN released_to_kind VARCHAR(20);
ALTER TABLE impound ADD COLUMN released_to_company_name VARCHAR(200);
ALTER TABLE impound ADD COLUMN released_to_company_national_id VARCHAR(11);
ALTER TABLE impound ADD COLUMN released_to_document_type VARCHAR(20);
ALTER TABLE impound ADD COLUMN released_to_document_number VARCHAR(20);
ALTER TABLE impound ADD COLUMN released_to_country VARCHAR(2);
ALTER TABLE impound ADD COLUMN released_to_power_of_attorney VARCHAR(30);
UPDATE impound SET released_to_kind = 'OWNER' WHERE release_number IS NOT NULL;

-- A supervisor's decision that a vehicle may leave although other impounds of its plate still owe money.
CREATE TABLE impound_debt_override (
    id           UUID          PRIMARY KEY,
    impound_id   UUID          NOT NULL REFERENCES impound (id),
    reason       VARCHAR(1000) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(50)   NOT NULL
);

CREATE INDEX impound_debt_override_impound_idx ON impound_debt_override (impound_id);
