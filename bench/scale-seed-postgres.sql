-- A year of a city's enforcement, written straight into the schema Flyway created (PostgreSQL). bench/scale.sh runs it
-- on a fresh database after the service's first start (migrations, the admin) and before the second:
--
--   psql -v rows=1000000 -v base='2025-11-23 00:00:00+03:30' -v zone=Asia/Tehran -f bench/scale-seed-postgres.sql clearway_scale
--
-- base is midnight, city time, 365 days before today: the registrations fill the 365 days from there to today's midnight.
-- bench/scale-seed-h2.sql is the same data for H2; keep the two in step. Rows and figures per violation:
--   * 10 districts TBZ01..TBZ10 (uneven: the centre is busiest), lots TBZ-LOT-1 (TBZ01..05) and TBZ-LOT-2 (TBZ06..10),
--     tariff version 1 (the demo prices) in force 30 days before the first violation.
--   * registered_at: the n-th violation at day floor(x), x = (n - 0.5) * 365 / rows, and within the day on a curve that
--     is nine times busier at noon than at midnight (city time), so ticket numbers follow time as the sequence gives them.
--   * plates NNbNNN-NN (canonical, Persian series letter), one of rows / 5 vehicles (about five violations each,
--     Poisson), and 1 % of the violations by rows / 2000 habitual offenders (about 20 more each); the vehicle class
--     belongs to the plate.
--   * 34 % towed (IMPOUNDED, then RELEASED once the stay is over), 7 % SETTLED on the spot, 5 % CANCELLED, the rest
--     REGISTERED. A stay is 30 min plus an exponential of mean 30 h (2 % stay 30 to 120 days); a vehicle whose stay
--     reaches past now is still IN_LOT. Released: charges frozen (FINE, TOW, STORAGE, VAT as FeeCalculator computes
--     them), 3 % had their storage waived, one payment of the balance just before release, a release number.
--   * the reports' facts (report_fact) of every registration, cancellation, settlement, intake, release, payment and
--     waiver, as the service writes them with the change; no day closed (the service's job closes them).
--   * the audit events the services append for the same changes, unsealed, in time order (sealed by the service when it
--     starts, or by bench/SealChain.java before).
--   * no holds, photos, intake inventories, owner notices, disposals, appeals or refunds.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SELECT now() AS seed_now \gset

INSERT INTO district (code, name, created_at)
SELECT 'TBZ' || lpad(d::text, 2, '0'), 'Tabriz District ' || d || ' - منطقه ' || d || ' تبریز', :'base'::timestamptz - interval '60 days'
FROM generate_series(1, 10) d;

-- Capacity and occupancy are set at the end, from the vehicles still in each lot.
INSERT INTO impound_lot (code, name, district_code, address, capacity, occupied, created_at) VALUES
    ('TBZ-LOT-1', 'Tabriz North Impound Lot - پارکینگ شمال تبریز', 'TBZ01', 'Tabriz, Pasdaran Expressway, North Lot', 1, 0,
     :'base'::timestamptz - interval '60 days'),
    ('TBZ-LOT-2', 'Tabriz South Impound Lot - پارکینگ جنوب تبریز', 'TBZ06', 'Tabriz, Azadi Boulevard, South Lot', 1, 0,
     :'base'::timestamptz - interval '60 days');

INSERT INTO tariff (version, effective_from, storage_grace_hours, vat_percent, created_at, created_by)
VALUES (1, :'base'::timestamptz - interval '30 days', 2, 10.00, :'base'::timestamptz - interval '31 days', 'admin');
INSERT INTO tariff_fine (tariff_version, violation_type, amount) VALUES
    (1, 'SIDEWALK_PARKING', 2000000), (1, 'CROSSWALK_BLOCKING', 3000000), (1, 'RAMP_BLOCKING', 5000000),
    (1, 'DRIVEWAY_BLOCKING', 2000000), (1, 'DOUBLE_PARKING', 1500000), (1, 'VENDOR_OCCUPATION', 4000000),
    (1, 'FIRE_ACCESS_BLOCKING', 8000000);
INSERT INTO tariff_vehicle_fee (tariff_version, vehicle_class, tow_fee, storage_per_day) VALUES
    (1, 'MOTORCYCLE', 1500000, 250000), (1, 'CAR', 3500000, 500000), (1, 'PICKUP', 5000000, 750000),
    (1, 'HEAVY', 12000000, 2000000);

-- Violations. Towed ones are IMPOUNDED here and become RELEASED below with their impound.
INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
                       observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount,
                       submission_hash, impound_id, cancel_reason, cancelled_at, cancelled_by, version)
SELECT gen_random_uuid(),
       s.district || '-' || lpad(s.n::text, 8, '0'),
       (10 + s.k % 90)::text
           || CASE s.k / 90 % 24 WHEN 0 THEN 'الف' ELSE substr('بپتثجدزژسشصطعفقکگلمنوهی', (s.k / 90 % 24)::int, 1) END
           || (100 + s.k / 2160 % 900)::text || '-'
           || (CASE WHEN s.k % 10 < 3 THEN 15 WHEN s.k % 10 < 5 THEN 25 WHEN s.k % 10 = 5 THEN 35 ELSE 10 + s.k * 7 % 90 END)::text,
       CASE WHEN (s.k * 37 + 11) % 100 < 12 THEN 'MOTORCYCLE' WHEN (s.k * 37 + 11) % 100 < 90 THEN 'CAR'
            WHEN (s.k * 37 + 11) % 100 < 98 THEN 'PICKUP' ELSE 'HEAVY' END,
       s.violation_type,
       s.district,
       38.03 + (s.di - 1) % 5 * 0.02 + s.r_lat * 0.02,
       46.22 + (s.di - 1) / 5 * 0.07 + s.r_lon * 0.07,
       CASE WHEN s.r_addr < 0.75 THEN
           CASE floor(s.r_addr / 0.75 * 8)::int WHEN 0 THEN 'خیابان امام خمینی' WHEN 1 THEN 'خیابان شریعتی'
               WHEN 2 THEN 'بلوار ولیعصر' WHEN 3 THEN 'بلوار آزادی' WHEN 4 THEN 'خیابان شهناز' WHEN 5 THEN 'خیابان فردوسی'
               WHEN 6 THEN 'میدان آبرسان' ELSE 'خیابان راسته‌کوچه' END || '، پلاک ' || (1 + s.n % 240)
       END,
       s.registered_at - (20 + floor(s.r_obs * 580)) * interval '1 second',
       CASE WHEN s.r_note < 0.08 THEN 'مالک حاضر نبود' WHEN s.r_note < 0.10 THEN 'Owner left before the tow arrived' END,
       s.status,
       s.registered_at,
       'insp.' || lower(s.district) || '.' || (1 + floor(s.r_insp * 4))::int,
       1,
       (SELECT f.amount FROM tariff_fine f WHERE f.tariff_version = 1 AND f.violation_type = s.violation_type),
       encode(sha256(convert_to(s.n || ':' || s.k || ':' || s.r_obs, 'UTF8')), 'hex'),
       NULL,
       CASE WHEN s.status = 'CANCELLED' THEN
           CASE WHEN s.r_cancel < 0.5 THEN 'Wrong plate read' WHEN s.r_cancel < 0.8 THEN 'Vehicle had a disability permit'
                ELSE 'ثبت تکراری' END END,
       CASE WHEN s.status = 'CANCELLED' THEN
           least(s.registered_at + (600 + floor(s.r_cancel * 21000)) * interval '1 second', :'seed_now'::timestamptz) END,
       CASE WHEN s.status = 'CANCELLED' THEN 'supervisor' END,
       CASE WHEN s.status = 'REGISTERED' THEN 0 ELSE 1 END
FROM (
    SELECT t.*,
           'TBZ' || lpad(t.di::text, 2, '0') AS district,
           :'base'::timestamptz + make_interval(secs => round((t.day_no * 86400
               + 86400 * (t.frac - 0.8 * sin(2 * pi() * t.frac) / (2 * pi())))::numeric, 6)) AS registered_at,
           CASE WHEN t.r_type < 0.45 THEN 'SIDEWALK_PARKING' WHEN t.r_type < 0.60 THEN 'DOUBLE_PARKING'
                WHEN t.r_type < 0.72 THEN 'CROSSWALK_BLOCKING' WHEN t.r_type < 0.84 THEN 'DRIVEWAY_BLOCKING'
                WHEN t.r_type < 0.91 THEN 'RAMP_BLOCKING' WHEN t.r_type < 0.97 THEN 'VENDOR_OCCUPATION'
                ELSE 'FIRE_ACCESS_BLOCKING' END AS violation_type,
           CASE WHEN t.r_status < 0.34 THEN 'IMPOUNDED' WHEN t.r_status < 0.41 THEN 'SETTLED'
                WHEN t.r_status < 0.46 THEN 'CANCELLED' ELSE 'REGISTERED' END AS status
    FROM (
        SELECT u.*,
               floor(u.pos) AS day_no,
               u.pos - floor(u.pos) AS frac,
               CASE WHEN u.r_dist < 0.14 THEN 1 WHEN u.r_dist < 0.26 THEN 2 WHEN u.r_dist < 0.37 THEN 3
                    WHEN u.r_dist < 0.47 THEN 4 WHEN u.r_dist < 0.57 THEN 5 WHEN u.r_dist < 0.66 THEN 6
                    WHEN u.r_dist < 0.75 THEN 7 WHEN u.r_dist < 0.84 THEN 8 WHEN u.r_dist < 0.92 THEN 9 ELSE 10 END AS di,
               CASE WHEN u.r_habit < 0.01 THEN floor(u.r_plate * greatest(:rows / 2000, 1))::bigint
                    ELSE floor(u.r_plate * greatest(:rows / 5, 1))::bigint END AS k
        FROM (
            SELECT n, (n - 0.5) * 365.0 / :rows AS pos,
                   random() AS r_dist, random() AS r_type, random() AS r_status, random() AS r_plate, random() AS r_habit,
                   random() AS r_insp, random() AS r_addr, random() AS r_note, random() AS r_obs, random() AS r_lat,
                   random() AS r_lon, random() AS r_cancel
            FROM generate_series(1, :rows) n
        ) u
    ) t
) s;

-- Impounds of the towed violations, with their charges as FeeCalculator computes them at release.
INSERT INTO impound (id, violation_id, lot_code, district_code, violation_type, tariff_version, status, impounded_at, towed_at,
                     tow_operator, intake_by, release_number, released_at, released_by, released_to_name, released_to_national_id,
                     ownership_document, released_to_kind, charged_total, paid_total, waived_total, version)
SELECT gen_random_uuid(), c.violation_id, c.lot_code, c.district_code, c.violation_type, 1,
       CASE WHEN c.released THEN 'RELEASED' ELSE 'IN_LOT' END,
       c.impounded_at, c.towed_at, c.tow_operator, c.intake_by,
       CASE WHEN c.released THEN
           'REL-' || lpad((row_number() OVER (ORDER BY c.released DESC, c.released_at))::text, 8, '0') END,
       CASE WHEN c.released THEN c.released_at END,
       CASE WHEN c.released THEN c.released_by END,
       CASE WHEN c.released THEN
           CASE floor(c.r_name * 8)::int WHEN 0 THEN 'رضا احمدی' WHEN 1 THEN 'مریم حسینی' WHEN 2 THEN 'علی رضایی'
               WHEN 3 THEN 'زهرا محمدی' WHEN 4 THEN 'حسین کریمی' WHEN 5 THEN 'فاطمه جعفری' WHEN 6 THEN 'مهدی مرادی'
               ELSE 'سارا قاسمی' END END,
       CASE WHEN c.released THEN lpad(c.m::text, 9, '0')
           || CASE WHEN c.id_sum % 11 < 2 THEN c.id_sum % 11 ELSE 11 - c.id_sum % 11 END END,
       CASE WHEN c.released THEN 'Vehicle card ' || (100000 + c.m % 900000) END,
       CASE WHEN c.released THEN 'OWNER' END,
       CASE WHEN c.released THEN c.charged END,
       CASE WHEN c.released THEN c.charged - c.waived END,
       CASE WHEN c.released THEN c.waived END,
       CASE WHEN c.released THEN 1 ELSE 0 END
FROM (
    SELECT b.*,
           b.fine + b.tow + b.storage + round((b.tow + b.storage) * b.vat_percent / 100)::bigint AS charged,
           CASE WHEN b.r_waive < 0.03 THEN b.storage ELSE 0 END AS waived,
           b.m / 100000000 % 10 * 10 + b.m / 10000000 % 10 * 9 + b.m / 1000000 % 10 * 8 + b.m / 100000 % 10 * 7
               + b.m / 10000 % 10 * 6 + b.m / 1000 % 10 * 5 + b.m / 100 % 10 * 4 + b.m / 10 % 10 * 3 + b.m % 10 * 2 AS id_sum
    FROM (
        SELECT a.*,
               a.released_at <= :'seed_now'::timestamptz AS released,
               a.per_day * CASE WHEN a.stay - a.grace * 3600 <= 0 THEN 0 ELSE (a.stay - a.grace * 3600 + 86399) / 86400 END AS storage
        FROM (
            SELECT r.*,
                   r.impounded_at + r.stay * interval '1 second' AS released_at,
                   least(r.registered_at + r.tow_delay * 6 / 10 * interval '1 second', r.impounded_at) AS towed_at
            FROM (
                SELECT v.id AS violation_id, v.district_code, v.violation_type, v.registered_at, v.fine_amount AS fine,
                       CASE WHEN v.district_code <= 'TBZ05' THEN 'TBZ-LOT-1' ELSE 'TBZ-LOT-2' END AS lot_code,
                       least(v.registered_at + q.tow_delay * interval '1 second', :'seed_now'::timestamptz) AS impounded_at,
                       q.tow_delay,
                       1800 + CASE WHEN q.r_long < 0.02 THEN 2592000 + floor(q.r_stay * 7776000)::bigint
                                   ELSE floor(-ln(1 - q.r_stay) * 108000)::bigint END AS stay,
                       'Tabriz Tow ' || lpad((1 + floor(q.r_tow * 12))::int::text, 2, '0') AS tow_operator,
                       'clerk.' || CASE WHEN v.district_code <= 'TBZ05' THEN 'lot1' ELSE 'lot2' END || '.'
                           || (1 + floor(q.r_tow * 3))::int AS intake_by,
                       'clerk.' || CASE WHEN v.district_code <= 'TBZ05' THEN 'lot1' ELSE 'lot2' END || '.'
                           || (1 + floor(q.r_name * 3))::int AS released_by,
                       f.tow_fee AS tow, f.storage_per_day AS per_day, t.storage_grace_hours AS grace, t.vat_percent,
                       q.r_name, q.r_waive, floor(q.r_id * 1000000000)::bigint AS m
                FROM violation v
                JOIN tariff t ON t.version = 1
                JOIN tariff_vehicle_fee f ON f.tariff_version = 1 AND f.vehicle_class = v.vehicle_class
                CROSS JOIN LATERAL (
                    SELECT 1500 + floor(random() * 5700)::bigint AS tow_delay, random() AS r_long, random() AS r_stay,
                           random() AS r_tow, random() AS r_name, random() AS r_waive, random() AS r_id, v.id AS for_row
                ) q
                WHERE v.status = 'IMPOUNDED'
            ) r
        ) a
    ) b
) c;

UPDATE violation v
SET impound_id = i.id,
    impound_lot_code = i.lot_code,
    status = CASE WHEN i.status = 'RELEASED' THEN 'RELEASED' ELSE 'IMPOUNDED' END,
    version = CASE WHEN i.status = 'RELEASED' THEN 2 ELSE 1 END
FROM impound i
WHERE i.violation_id = v.id;

-- The four frozen lines of each release, recomputed from the impound exactly as FeeCalculator does.
INSERT INTO impound_charge (impound_id, line_no, kind, amount, tariff_version, quantity, rate)
SELECT c.impound_id, l.line_no,
       CASE l.line_no WHEN 1 THEN 'FINE' WHEN 2 THEN 'TOW' WHEN 3 THEN 'STORAGE' ELSE 'VAT' END,
       CASE l.line_no WHEN 1 THEN c.fine WHEN 2 THEN c.tow WHEN 3 THEN c.days * c.per_day
            ELSE round((c.tow + c.days * c.per_day) * c.vat_percent / 100)::bigint END,
       CASE l.line_no WHEN 1 THEN c.fine_version ELSE c.tariff_version END,
       CASE l.line_no WHEN 1 THEN 1 WHEN 2 THEN 1 WHEN 3 THEN c.days ELSE c.tow + c.days * c.per_day END,
       CASE l.line_no WHEN 1 THEN c.fine WHEN 2 THEN c.tow WHEN 3 THEN c.per_day ELSE c.vat_percent END
FROM (
    SELECT i.id AS impound_id, v.fine_amount AS fine, v.fine_tariff_version AS fine_version, i.tariff_version,
           f.tow_fee AS tow, f.storage_per_day AS per_day, t.vat_percent,
           CASE WHEN extract(epoch FROM i.released_at - i.impounded_at)::bigint - t.storage_grace_hours * 3600 <= 0 THEN 0
                ELSE (extract(epoch FROM i.released_at - i.impounded_at)::bigint - t.storage_grace_hours * 3600 + 86399) / 86400
           END AS days
    FROM impound i
    JOIN violation v ON v.id = i.violation_id
    JOIN tariff t ON t.version = i.tariff_version
    JOIN tariff_vehicle_fee f ON f.tariff_version = i.tariff_version AND f.vehicle_class = v.vehicle_class
    WHERE i.status = 'RELEASED'
) c
CROSS JOIN generate_series(1, 4) AS l(line_no);

INSERT INTO waiver (id, impound_id, amount, reason, granted_at, granted_by)
SELECT gen_random_uuid(), i.id, i.waived_total, 'Owner was in hospital; storage waived - مالک در بیمارستان بستری بود',
       i.released_at - interval '25 minutes', 'supervisor'
FROM impound i
WHERE i.status = 'RELEASED' AND i.waived_total > 0;

-- Payments: the fine settled on the spot, and the balance paid just before each release. Receipts follow time.
INSERT INTO payment (id, receipt_number, violation_id, impound_id, district_code, violation_type, amount, method, reference,
                     received_at, received_by)
SELECT gen_random_uuid(), 'RCP-' || lpad((row_number() OVER (ORDER BY p.received_at))::text, 8, '0'),
       p.violation_id, p.impound_id, p.district_code, p.violation_type, p.amount,
       CASE WHEN p.r_method < p.cash THEN 'CASH' WHEN p.r_method < p.cash + 0.5 THEN 'CARD'
            WHEN p.r_method < p.cash + 0.65 THEN 'BANK_TRANSFER' ELSE 'ONLINE' END,
       CASE WHEN p.r_method >= p.cash THEN 'TRX-' || lpad(floor(p.r_ref * 1000000000)::bigint::text, 9, '0') END,
       p.received_at, p.received_by
FROM (
    SELECT v.id AS violation_id, NULL::uuid AS impound_id, v.district_code, v.violation_type, v.fine_amount AS amount,
           least(v.registered_at + (60 + floor(random() * 420)) * interval '1 second', :'seed_now'::timestamptz) AS received_at,
           v.inspector AS received_by, 0.5 AS cash, random() AS r_method, random() AS r_ref
    FROM violation v
    WHERE v.status = 'SETTLED'
    UNION ALL
    SELECT i.violation_id, i.id, i.district_code, i.violation_type, i.paid_total,
           i.released_at - (60 + floor(random() * 1140)) * interval '1 second',
           i.released_by, 0.15, random(), random()
    FROM impound i
    WHERE i.status = 'RELEASED'
) p;

-- What the reports count: one fact per event, as ReportFacts writes them in the transaction of the change, each on its
-- day of the city (zone).
INSERT INTO report_fact (at, city_day, kind, district_code, violation_type, fine, tow, storage, vat, amount, stay_seconds)
SELECT f.at, (f.at AT TIME ZONE :'zone')::date, f.kind, f.district_code, f.violation_type, f.fine, f.tow, f.storage, f.vat,
       f.amount, f.stay_seconds
FROM (
    SELECT registered_at AS at, 'REGISTERED' AS kind, district_code, violation_type, 0::bigint AS fine, 0::bigint AS tow,
           0::bigint AS storage, 0::bigint AS vat, 0::bigint AS amount, NULL::bigint AS stay_seconds
    FROM violation
    UNION ALL
    SELECT cancelled_at, 'CANCELLED', district_code, violation_type, 0, 0, 0, 0, 0, NULL FROM violation WHERE cancelled_at IS NOT NULL
    UNION ALL
    SELECT impounded_at, 'IMPOUNDED', district_code, violation_type, 0, 0, 0, 0, 0, NULL FROM impound
    UNION ALL
    SELECT i.released_at, 'RELEASED', i.district_code, i.violation_type, k.fine, k.tow, k.storage, k.vat, 0,
           floor(extract(epoch FROM i.released_at - i.impounded_at))::bigint
    FROM impound i
    JOIN (SELECT impound_id, sum(amount) FILTER (WHERE kind = 'FINE') AS fine, sum(amount) FILTER (WHERE kind = 'TOW') AS tow,
                 sum(amount) FILTER (WHERE kind = 'STORAGE') AS storage, sum(amount) FILTER (WHERE kind = 'VAT') AS vat
          FROM impound_charge GROUP BY impound_id) k ON k.impound_id = i.id
    UNION ALL
    SELECT received_at, 'SETTLED', district_code, violation_type, amount, 0, 0, 0, 0, NULL FROM payment WHERE impound_id IS NULL
    UNION ALL
    SELECT received_at, 'PAYMENT', district_code, violation_type, 0, 0, 0, 0, amount, NULL FROM payment
    UNION ALL
    SELECT w.granted_at, 'WAIVER', i.district_code, i.violation_type, 0, 0, 0, 0, w.amount, NULL
    FROM waiver w JOIN impound i ON i.id = w.impound_id
) f;

-- The audit history, as the services append it: every registration, cancellation and settlement on the violation, every
-- intake, waiver, payment and release on its impound, with the actor, the time and the data (JSON, keys in order) the
-- service writes. The events are appended in time order after those already in the log (the administrator's creation at
-- the first start), unsealed (sequence, previous_hash and hash empty): the service's AuditSealer links them into the
-- hash chain when it starts, as it does for any event committed and not yet sealed (or bench/SealChain.java does it
-- before the start, with the service's HashChain: SEAL=bench).
SELECT coalesce(max(id), 0) AS audit_after FROM audit_event \gset
INSERT INTO audit_event (id, sequence, at, actor, action, entity_type, entity_id, data, previous_hash, hash)
SELECT :audit_after + row_number() OVER (ORDER BY e.at, e.step), NULL, e.at, e.actor, e.action, e.entity_type, e.entity_id,
       e.data, NULL, NULL
FROM (
    SELECT v.registered_at AS at, 1 AS step, v.inspector AS actor, 'VIOLATION_REGISTERED' AS action, 'VIOLATION' AS entity_type,
           v.id::text AS entity_id,
           '{' || coalesce('"address":' || to_json(v.address)::text || ',', '')
               || '"districtCode":' || to_json(v.district_code)::text || ',"fineAmount":' || v.fine_amount
               || ',"fineTariffVersion":' || v.fine_tariff_version || ',"lat":' || v.lat || ',"lon":' || v.lon
               || coalesce(',"note":' || to_json(v.note)::text, '')
               || ',"observedAt":"' || to_char(v.observed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"'
               || ',"plate":' || to_json(v.plate)::text || ',"ticketNumber":"' || v.ticket_number || '"'
               || ',"vehicleClass":"' || v.vehicle_class || '","violationType":"' || v.violation_type || '"}' AS data
    FROM violation v
    UNION ALL
    SELECT v.cancelled_at, 2, v.cancelled_by, 'VIOLATION_CANCELLED', 'VIOLATION', v.id::text,
           '{"reason":' || to_json(v.cancel_reason)::text || '}'
    FROM violation v WHERE v.status = 'CANCELLED'
    UNION ALL
    SELECT p.received_at, 2, p.received_by, 'VIOLATION_SETTLED', 'VIOLATION', p.violation_id::text,
           '{"amount":' || p.amount || ',"method":"' || p.method || '","receiptNumber":"' || p.receipt_number || '"'
               || coalesce(',"reference":"' || p.reference || '"', '') || '}'
    FROM payment p WHERE p.impound_id IS NULL
    UNION ALL
    SELECT i.impounded_at, 2, i.intake_by, 'VEHICLE_IMPOUNDED', 'IMPOUND', i.id::text,
           '{"impoundedAt":"' || to_char(i.impounded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"'
               || ',"lotCode":"' || i.lot_code || '","plate":' || to_json(v.plate)::text || ',"tariffVersion":' || i.tariff_version
               || ',"ticketNumber":"' || v.ticket_number || '","towOperator":' || to_json(i.tow_operator)::text
               || ',"towedAt":"' || to_char(i.towed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"'
               || ',"violationId":"' || i.violation_id || '"}'
    FROM impound i JOIN violation v ON v.id = i.violation_id
    UNION ALL
    SELECT w.granted_at, 3, w.granted_by, 'WAIVER_GRANTED', 'IMPOUND', w.impound_id::text,
           '{"amount":' || w.amount || ',"reason":' || to_json(w.reason)::text || ',"waiverId":"' || w.id || '"}'
    FROM waiver w
    UNION ALL
    SELECT p.received_at, 4, p.received_by, 'PAYMENT_TAKEN', 'IMPOUND', p.impound_id::text,
           '{"amount":' || p.amount || ',"method":"' || p.method || '","receiptNumber":"' || p.receipt_number || '"'
               || coalesce(',"reference":"' || p.reference || '"', '') || '}'
    FROM payment p WHERE p.impound_id IS NOT NULL
    UNION ALL
    SELECT i.released_at, 5, i.released_by, 'VEHICLE_RELEASED', 'IMPOUND', i.id::text,
           '{"charged":' || i.charged_total || ',"ownershipDocument":' || to_json(i.ownership_document)::text
               || ',"paid":' || i.paid_total || ',"releaseNumber":"' || i.release_number || '","releasedToKind":"OWNER"'
               || ',"releasedToName":' || to_json(i.released_to_name)::text
               || ',"releasedToNationalId":"' || i.released_to_national_id || '","violationId":"' || i.violation_id || '"'
               || ',"waived":' || i.waived_total || '}'
    FROM impound i WHERE i.status = 'RELEASED'
) e;
-- The ids the service gives next come after the seeded ones (it takes them 50 at a time).
SELECT setval('audit_event_id_seq', coalesce(max(id), 0) + 50) FROM audit_event;

-- The lots hold exactly the vehicles still in them, with room to spare.
UPDATE impound_lot l
SET occupied = o.in_lot, capacity = o.in_lot + greatest(100, o.in_lot / 4)
FROM (SELECT l2.code, (SELECT count(*) FROM impound i WHERE i.lot_code = l2.code AND i.status = 'IN_LOT') AS in_lot
      FROM impound_lot l2) o
WHERE o.code = l.code;

-- The service's next numbers follow the seeded ones.
SELECT setval('ticket_number_seq', greatest(count(*), 1), count(*) > 0) FROM violation;
SELECT setval('receipt_number_seq', greatest(count(*), 1), count(*) > 0) FROM payment;
SELECT setval('release_number_seq', greatest(count(*), 1), count(*) > 0) FROM impound WHERE status = 'RELEASED';

VACUUM ANALYZE district;
VACUUM ANALYZE impound_lot;
VACUUM ANALYZE tariff;
VACUUM ANALYZE violation;
VACUUM ANALYZE impound;
VACUUM ANALYZE impound_charge;
VACUUM ANALYZE waiver;
VACUUM ANALYZE payment;
VACUUM ANALYZE report_fact;
VACUUM ANALYZE audit_event;
