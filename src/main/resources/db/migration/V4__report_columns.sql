-- The half-year report counts impounds and money by district and violation type. Both are facts of the violation
-- that never change; kept with the impound and the payment, the report reads one table instead of joining three.
ALTER TABLE impound ADD COLUMN district_code VARCHAR(16);
ALTER TABLE impound ADD COLUMN violation_type VARCHAR(40);
UPDATE impound SET district_code = (SELECT v.district_code FROM violation v WHERE v.id = impound.violation_id),
                   violation_type = (SELECT v.violation_type FROM violation v WHERE v.id = impound.violation_id);
ALTER TABLE impound ALTER COLUMN district_code SET NOT NULL;
ALTER TABLE impound ALTER COLUMN violation_type SET NOT NULL;

-- What was charged at release, by kind (the lines stay in impound_charge), and how long the car was in the lot.
ALTER TABLE impound ADD COLUMN fine_charged BIGINT;
ALTER TABLE impound ADD COLUMN tow_charged BIGINT;
ALTER TABLE impound ADD COLUMN storage_charged BIGINT;
ALTER TABLE impound ADD COLUMN vat_charged BIGINT;
ALTER TABLE impound ADD COLUMN stay_seconds BIGINT;
UPDATE impound SET
    stay_seconds = CAST(EXTRACT(EPOCH FROM released_at) - EXTRACT(EPOCH FROM impounded_at) AS BIGINT),
    fine_charged = (SELECT COALESCE(SUM(c.amount), 0) FROM impound_charge c WHERE c.impound_id = impound.id AND c.kind = 'FINE'),
    tow_charged = (SELECT COALESCE(SUM(c.amount), 0) FROM impound_charge c WHERE c.impound_id = impound.id AND c.kind = 'TOW'),
    storage_charged = (SELECT COALESCE(SUM(c.amount), 0) FROM impound_charge c WHERE c.impound_id = impound.id AND c.kind = 'STORAGE'),
    vat_charged = (SELECT COALESCE(SUM(c.amount), 0) FROM impound_charge c WHERE c.impound_id = impound.id AND c.kind = 'VAT')
WHERE released_at IS NOT NULL;

ALTER TABLE payment ADD COLUMN district_code VARCHAR(16);
ALTER TABLE payment ADD COLUMN violation_type VARCHAR(40);
UPDATE payment SET district_code = (SELECT v.district_code FROM violation v WHERE v.id = payment.violation_id),
                   violation_type = (SELECT v.violation_type FROM violation v WHERE v.id = payment.violation_id);
ALTER TABLE payment ALTER COLUMN district_code SET NOT NULL;
ALTER TABLE payment ALTER COLUMN violation_type SET NOT NULL;
