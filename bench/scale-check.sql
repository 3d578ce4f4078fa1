-- What bench/scale.sh seeded, and whether it holds together: run on both databases (standard SQL) after the seed, before
-- the service starts again and seals the seeded audit events (the one sealed event then is the administrator's creation).
-- Every row is one "name=value"; every "broken.*" must be 0.
SELECT 'violations=' || CAST(COUNT(*) AS VARCHAR(20)) FROM violation;
SELECT 'violations.' || status || '=' || CAST(COUNT(*) AS VARCHAR(20)) FROM violation GROUP BY status ORDER BY status;
SELECT 'impounds.' || status || '=' || CAST(COUNT(*) AS VARCHAR(20)) FROM impound GROUP BY status ORDER BY status;
SELECT 'charge_lines=' || CAST(COUNT(*) AS VARCHAR(20)) FROM impound_charge;
SELECT 'payments=' || CAST(COUNT(*) AS VARCHAR(20)) FROM payment;
SELECT 'waivers=' || CAST(COUNT(*) AS VARCHAR(20)) FROM waiver;
SELECT 'plates=' || CAST(COUNT(DISTINCT plate) AS VARCHAR(20)) FROM violation;
SELECT 'violations_per_plate.max=' || CAST(MAX(c) AS VARCHAR(20)) FROM (SELECT plate, COUNT(*) AS c FROM violation GROUP BY plate) p;
SELECT 'lot.' || code || '=' || CAST(occupied AS VARCHAR(20)) || '/' || CAST(capacity AS VARCHAR(20)) FROM impound_lot ORDER BY code;
SELECT 'registered.first=' || CAST(MIN(registered_at) AS VARCHAR(40)) FROM violation;
SELECT 'registered.last=' || CAST(MAX(registered_at) AS VARCHAR(40)) FROM violation;

SELECT 'broken.impounded_not_in_lot=' || CAST(COUNT(*) AS VARCHAR(20)) FROM violation v
WHERE v.status = 'IMPOUNDED' AND NOT EXISTS (SELECT 1 FROM impound i WHERE i.id = v.impound_id AND i.violation_id = v.id AND i.status = 'IN_LOT');
SELECT 'broken.released_not_released=' || CAST(COUNT(*) AS VARCHAR(20)) FROM violation v
WHERE v.status = 'RELEASED' AND NOT EXISTS (SELECT 1 FROM impound i WHERE i.id = v.impound_id AND i.violation_id = v.id AND i.status = 'RELEASED');
SELECT 'broken.impound_of_untowed=' || CAST(COUNT(*) AS VARCHAR(20)) FROM violation v
WHERE v.status NOT IN ('IMPOUNDED', 'RELEASED') AND (v.impound_id IS NOT NULL OR EXISTS (SELECT 1 FROM impound i WHERE i.violation_id = v.id));
SELECT 'broken.release_fields=' || CAST(COUNT(*) AS VARCHAR(20)) FROM impound i
WHERE (i.status = 'RELEASED') <> (i.released_at IS NOT NULL AND i.release_number IS NOT NULL AND i.charged_total IS NOT NULL)
   OR i.released_at > CURRENT_TIMESTAMP OR i.impounded_at > CURRENT_TIMESTAMP;
SELECT 'broken.event_order=' || CAST(COUNT(*) AS VARCHAR(20)) FROM impound i JOIN violation v ON v.id = i.violation_id
WHERE i.impounded_at < v.registered_at OR i.towed_at > i.impounded_at OR i.released_at <= i.impounded_at OR v.observed_at > v.registered_at;
SELECT 'broken.charges=' || CAST(COUNT(*) AS VARCHAR(20)) FROM impound i
WHERE i.status = 'RELEASED' AND (i.charged_total <> (SELECT SUM(c.amount) FROM impound_charge c WHERE c.impound_id = i.id)
   OR (SELECT COUNT(*) FROM impound_charge c WHERE c.impound_id = i.id) <> 4);
SELECT 'broken.balance=' || CAST(COUNT(*) AS VARCHAR(20)) FROM impound i
WHERE i.status = 'RELEASED' AND (i.paid_total <> (SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.impound_id = i.id)
   OR i.waived_total <> (SELECT COALESCE(SUM(w.amount), 0) FROM waiver w WHERE w.impound_id = i.id)
   OR i.charged_total - i.paid_total - i.waived_total <> 0);
SELECT 'broken.settlements=' || CAST(COUNT(*) AS VARCHAR(20)) FROM violation v
WHERE v.status = 'SETTLED' AND (SELECT COUNT(*) FROM payment p WHERE p.violation_id = v.id AND p.impound_id IS NULL AND p.amount = v.fine_amount) <> 1;
SELECT 'broken.lot_occupancy=' || CAST(COUNT(*) AS VARCHAR(20)) FROM impound_lot l
WHERE l.occupied <> (SELECT COUNT(*) FROM impound i WHERE i.lot_code = l.code AND i.status = 'IN_LOT');
SELECT 'broken.payments_in_future=' || CAST(COUNT(*) AS VARCHAR(20)) FROM payment p WHERE p.received_at > CURRENT_TIMESTAMP;

-- What the reports count (report_fact) and the audit history (audit_event), against the rows they describe.
SELECT 'report_facts=' || CAST(COUNT(*) AS VARCHAR(20)) FROM report_fact;
SELECT 'audit_events=' || CAST(COUNT(*) AS VARCHAR(20)) FROM audit_event WHERE sequence IS NULL;
SELECT 'audit.' || action || '=' || CAST(COUNT(*) AS VARCHAR(20)) FROM audit_event WHERE sequence IS NULL GROUP BY action ORDER BY action;
SELECT 'broken.facts=' || CAST(COUNT(*) AS VARCHAR(20)) FROM (
    SELECT 'REGISTERED' AS kind, COUNT(*) AS n FROM violation
    UNION ALL SELECT 'CANCELLED', COUNT(*) FROM violation WHERE cancelled_at IS NOT NULL
    UNION ALL SELECT 'IMPOUNDED', COUNT(*) FROM impound
    UNION ALL SELECT 'RELEASED', COUNT(*) FROM impound WHERE status = 'RELEASED'
    UNION ALL SELECT 'SETTLED', COUNT(*) FROM payment WHERE impound_id IS NULL
    UNION ALL SELECT 'PAYMENT', COUNT(*) FROM payment
    UNION ALL SELECT 'WAIVER', COUNT(*) FROM waiver
) e WHERE e.n <> (SELECT COUNT(*) FROM report_fact f WHERE f.kind = e.kind);
SELECT 'broken.audit_registered=' || CAST(COUNT(*) AS VARCHAR(20)) FROM violation v
WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'VIOLATION' AND e.entity_id = CAST(v.id AS VARCHAR(64))
                  AND e.action = 'VIOLATION_REGISTERED' AND e.at = v.registered_at);
SELECT 'broken.audit_counts=' || CAST(COUNT(*) AS VARCHAR(20)) FROM (
    SELECT 'VIOLATION_REGISTERED' AS action, COUNT(*) AS n FROM violation
    UNION ALL SELECT 'VIOLATION_CANCELLED', COUNT(*) FROM violation WHERE status = 'CANCELLED'
    UNION ALL SELECT 'VIOLATION_SETTLED', COUNT(*) FROM payment WHERE impound_id IS NULL
    UNION ALL SELECT 'VEHICLE_IMPOUNDED', COUNT(*) FROM impound
    UNION ALL SELECT 'WAIVER_GRANTED', COUNT(*) FROM waiver
    UNION ALL SELECT 'PAYMENT_TAKEN', COUNT(*) FROM payment WHERE impound_id IS NOT NULL
    UNION ALL SELECT 'VEHICLE_RELEASED', COUNT(*) FROM impound WHERE status = 'RELEASED'
) e WHERE e.n <> (SELECT COUNT(*) FROM audit_event a WHERE a.action = e.action AND a.sequence IS NULL);
SELECT 'broken.audit_order=' || CAST(COUNT(*) AS VARCHAR(20)) FROM audit_event a
WHERE a.sequence IS NULL AND a.id <= (SELECT MAX(id) FROM audit_event WHERE sequence IS NOT NULL);
