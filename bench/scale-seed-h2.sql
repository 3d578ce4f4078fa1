-- A year of a city's enforcement, written straight into the schema Flyway created (H2). The same data as
-- bench/scale-seed-postgres.sql (read its header for what is seeded and how); keep the two in step.
-- bench/scale.sh runs it while the service is stopped (H2 opens the file for one process only), after a prelude:
--
--   SET @ROWS = 1000000;
--   SET @BASE = TIMESTAMP WITH TIME ZONE '2025-11-23 00:00:00+03:30';
--
-- then: java -Xmx4g -cp <h2 jar> org.h2.tools.RunScript -url 'jdbc:h2:file:<dir>/data/clearway;CACHE_SIZE=65536'
--            -user clearway -password clearway -script <prelude + this file>      (RunScript reads UTF-8)
-- Unlike PostgreSQL, H2 gets the violations in twenty transactions and compacts its file at the end (SHUTDOWN COMPACT).
SET @NOW = CURRENT_TIMESTAMP;

INSERT INTO district (code, name, created_at)
SELECT 'TBZ' || LPAD(CAST(X AS VARCHAR), 2, '0'), 'Tabriz District ' || X || ' - منطقه ' || X || ' تبریز',
       DATEADD('DAY', -60, @BASE)
FROM SYSTEM_RANGE(1, 10);

-- Capacity and occupancy are set at the end, from the vehicles still in each lot.
INSERT INTO impound_lot (code, name, district_code, address, capacity, occupied, created_at) VALUES
    ('TBZ-LOT-1', 'Tabriz North Impound Lot - پارکینگ شمال تبریز', 'TBZ01', 'Tabriz, Pasdaran Expressway, North Lot', 1, 0,
     DATEADD('DAY', -60, @BASE)),
    ('TBZ-LOT-2', 'Tabriz South Impound Lot - پارکینگ جنوب تبریز', 'TBZ06', 'Tabriz, Azadi Boulevard, South Lot', 1, 0,
     DATEADD('DAY', -60, @BASE));

INSERT INTO tariff (version, effective_from, storage_grace_hours, vat_percent, created_at, created_by)
VALUES (1, DATEADD('DAY', -30, @BASE), 2, 10.00, DATEADD('DAY', -31, @BASE), 'admin');
INSERT INTO tariff_fine (tariff_version, violation_type, amount) VALUES
    (1, 'SIDEWALK_PARKING', 2000000), (1, 'CROSSWALK_BLOCKING', 3000000), (1, 'RAMP_BLOCKING', 5000000),
    (1, 'DRIVEWAY_BLOCKING', 2000000), (1, 'DOUBLE_PARKING', 1500000), (1, 'VENDOR_OCCUPATION', 4000000),
    (1, 'FIRE_ACCESS_BLOCKING', 8000000);
INSERT INTO tariff_vehicle_fee (tariff_version, vehicle_class, tow_fee, storage_per_day) VALUES
    (1, 'MOTORCYCLE', 1500000, 250000), (1, 'CAR', 3500000, 500000), (1, 'PICKUP', 5000000, 750000),
    (1, 'HEAVY', 12000000, 2000000);

-- Violations, written in twenty transactions of ROWS / 20 (one statement of a million rows makes H2 slow and its file
-- huge): the view gives rows @LO..@HI, its columns those of the table in their order. Towed ones are IMPOUNDED here and
-- become RELEASED below with their impound.
CREATE VIEW seed_violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
                            observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount,
                            submission_hash, impound_id, cancel_reason, cancelled_at, cancelled_by, version) AS
SELECT RANDOM_UUID(),
       s.district || '-' || LPAD(CAST(s.n AS VARCHAR), 8, '0'),
       CAST(10 + s.k % 90 AS VARCHAR)
           || CASE s.k / 90 % 24 WHEN 0 THEN 'الف' ELSE SUBSTRING('بپتثجدزژسشصطعفقکگلمنوهی', CAST(s.k / 90 % 24 AS INT), 1) END
           || CAST(100 + s.k / 2160 % 900 AS VARCHAR) || '-'
           || CAST(CASE WHEN s.k % 10 < 3 THEN 15 WHEN s.k % 10 < 5 THEN 25 WHEN s.k % 10 = 5 THEN 35 ELSE 10 + s.k * 7 % 90 END AS VARCHAR),
       CASE WHEN (s.k * 37 + 11) % 100 < 12 THEN 'MOTORCYCLE' WHEN (s.k * 37 + 11) % 100 < 90 THEN 'CAR'
            WHEN (s.k * 37 + 11) % 100 < 98 THEN 'PICKUP' ELSE 'HEAVY' END,
       s.violation_type,
       s.district,
       38.03 + MOD(s.di - 1, 5) * 0.02 + s.r_lat * 0.02,
       46.22 + (s.di - 1) / 5 * 0.07 + s.r_lon * 0.07,
       CASE WHEN s.r_addr < 0.75 THEN
           CASE CAST(FLOOR(s.r_addr / 0.75 * 8) AS INT) WHEN 0 THEN 'خیابان امام خمینی' WHEN 1 THEN 'خیابان شریعتی'
               WHEN 2 THEN 'بلوار ولیعصر' WHEN 3 THEN 'بلوار آزادی' WHEN 4 THEN 'خیابان شهناز' WHEN 5 THEN 'خیابان فردوسی'
               WHEN 6 THEN 'میدان آبرسان' ELSE 'خیابان راسته‌کوچه' END || '، پلاک ' || CAST(1 + s.n % 240 AS VARCHAR)
       END,
       DATEADD('SECOND', -(20 + CAST(FLOOR(s.r_obs * 580) AS INT)), s.registered_at),
       CASE WHEN s.r_note < 0.08 THEN 'مالک حاضر نبود' WHEN s.r_note < 0.10 THEN 'Owner left before the tow arrived' END,
       s.status,
       s.registered_at,
       'insp.' || LOWER(s.district) || '.' || CAST(1 + CAST(FLOOR(s.r_insp * 4) AS INT) AS VARCHAR),
       1,
       (SELECT f.amount FROM tariff_fine f WHERE f.tariff_version = 1 AND f.violation_type = s.violation_type),
       LOWER(RAWTOHEX(HASH('SHA-256', CAST(s.n AS VARCHAR) || ':' || CAST(s.k AS VARCHAR) || ':' || CAST(s.r_obs AS VARCHAR)))),
       NULL,
       CASE WHEN s.status = 'CANCELLED' THEN
           CASE WHEN s.r_cancel < 0.5 THEN 'Wrong plate read' WHEN s.r_cancel < 0.8 THEN 'Vehicle had a disability permit'
                ELSE 'ثبت تکراری' END END,
       CASE WHEN s.status = 'CANCELLED' THEN
           LEAST(DATEADD('SECOND', 600 + CAST(FLOOR(s.r_cancel * 21000) AS INT), s.registered_at), @NOW) END,
       CASE WHEN s.status = 'CANCELLED' THEN 'supervisor' END,
       CASE WHEN s.status = 'REGISTERED' THEN 0 ELSE 1 END
FROM (
    SELECT t.*,
           'TBZ' || LPAD(CAST(t.di AS VARCHAR), 2, '0') AS district,
           DATEADD('MICROSECOND', CAST(ROUND((t.day_no * 86400
               + 86400 * (t.frac - 0.8 * SIN(2 * PI() * t.frac) / (2 * PI()))) * 1000000) AS BIGINT), @BASE) AS registered_at,
           CASE WHEN t.r_type < 0.45 THEN 'SIDEWALK_PARKING' WHEN t.r_type < 0.60 THEN 'DOUBLE_PARKING'
                WHEN t.r_type < 0.72 THEN 'CROSSWALK_BLOCKING' WHEN t.r_type < 0.84 THEN 'DRIVEWAY_BLOCKING'
                WHEN t.r_type < 0.91 THEN 'RAMP_BLOCKING' WHEN t.r_type < 0.97 THEN 'VENDOR_OCCUPATION'
                ELSE 'FIRE_ACCESS_BLOCKING' END AS violation_type,
           CASE WHEN t.r_status < 0.34 THEN 'IMPOUNDED' WHEN t.r_status < 0.41 THEN 'SETTLED'
                WHEN t.r_status < 0.46 THEN 'CANCELLED' ELSE 'REGISTERED' END AS status
    FROM (
        SELECT u.*,
               FLOOR(u.pos) AS day_no,
               u.pos - FLOOR(u.pos) AS frac,
               CASE WHEN u.r_dist < 0.14 THEN 1 WHEN u.r_dist < 0.26 THEN 2 WHEN u.r_dist < 0.37 THEN 3
                    WHEN u.r_dist < 0.47 THEN 4 WHEN u.r_dist < 0.57 THEN 5 WHEN u.r_dist < 0.66 THEN 6
                    WHEN u.r_dist < 0.75 THEN 7 WHEN u.r_dist < 0.84 THEN 8 WHEN u.r_dist < 0.92 THEN 9 ELSE 10 END AS di,
               CASE WHEN u.r_habit < 0.01 THEN CAST(FLOOR(u.r_plate * GREATEST(@ROWS / 2000, 1)) AS BIGINT)
                    ELSE CAST(FLOOR(u.r_plate * GREATEST(@ROWS / 5, 1)) AS BIGINT) END AS k
        FROM (
            SELECT X AS n, (CAST(X AS DOUBLE PRECISION) - 0.5) * 365.0 / @ROWS AS pos,
                   RAND() AS r_dist, RAND() AS r_type, RAND() AS r_status, RAND() AS r_plate, RAND() AS r_habit,
                   RAND() AS r_insp, RAND() AS r_addr, RAND() AS r_note, RAND() AS r_obs, RAND() AS r_lat,
                   RAND() AS r_lon, RAND() AS r_cancel
            FROM SYSTEM_RANGE(@LO, @HI)
        ) u
    ) t
) s;

SET @LO = 1; SET @HI = @ROWS * 1 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 2 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 3 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 4 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 5 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 6 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 7 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 8 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 9 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 10 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 11 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 12 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 13 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 14 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 15 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 16 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 17 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 18 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS * 19 / 20; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
SET @LO = @HI + 1; SET @HI = @ROWS; INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
    observed_at, note, status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, impound_id,
    cancel_reason, cancelled_at, cancelled_by, version) SELECT * FROM seed_violation;
DROP VIEW seed_violation;

-- Impounds of the towed violations, with their charges as FeeCalculator computes them at release.
INSERT INTO impound (id, violation_id, lot_code, district_code, violation_type, tariff_version, status, impounded_at, towed_at,
                     tow_operator, intake_by, release_number, released_at, released_by, released_to_name, released_to_national_id,
                     ownership_document, released_to_kind, charged_total, paid_total, waived_total, version)
SELECT RANDOM_UUID(), c.violation_id, c.lot_code, c.district_code, c.violation_type, 1,
       CASE WHEN c.released THEN 'RELEASED' ELSE 'IN_LOT' END,
       c.impounded_at, c.towed_at, c.tow_operator, c.intake_by,
       CASE WHEN c.released THEN
           'REL-' || LPAD(CAST(ROW_NUMBER() OVER (ORDER BY c.released DESC, c.released_at) AS VARCHAR), 8, '0') END,
       CASE WHEN c.released THEN c.released_at END,
       CASE WHEN c.released THEN c.released_by END,
       CASE WHEN c.released THEN
           CASE CAST(FLOOR(c.r_name * 8) AS INT) WHEN 0 THEN 'رضا احمدی' WHEN 1 THEN 'مریم حسینی' WHEN 2 THEN 'علی رضایی'
               WHEN 3 THEN 'زهرا محمدی' WHEN 4 THEN 'حسین کریمی' WHEN 5 THEN 'فاطمه جعفری' WHEN 6 THEN 'مهدی مرادی'
               ELSE 'سارا قاسمی' END END,
       CASE WHEN c.released THEN LPAD(CAST(c.m AS VARCHAR), 9, '0')
           || CAST(CASE WHEN c.id_sum % 11 < 2 THEN c.id_sum % 11 ELSE 11 - c.id_sum % 11 END AS VARCHAR) END,
       CASE WHEN c.released THEN 'Vehicle card ' || CAST(100000 + c.m % 900000 AS VARCHAR) END,
       CASE WHEN c.released THEN 'OWNER' END,
       CASE WHEN c.released THEN c.charged END,
       CASE WHEN c.released THEN c.charged - c.waived END,
       CASE WHEN c.released THEN c.waived END,
       CASE WHEN c.released THEN 1 ELSE 0 END
FROM (
    SELECT b.*,
           b.fine + b.tow + b.storage + CAST(ROUND((b.tow + b.storage) * b.vat_percent / 100) AS BIGINT) AS charged,
           CASE WHEN b.r_waive < 0.03 THEN b.storage ELSE 0 END AS waived,
           b.m / 100000000 % 10 * 10 + b.m / 10000000 % 10 * 9 + b.m / 1000000 % 10 * 8 + b.m / 100000 % 10 * 7
               + b.m / 10000 % 10 * 6 + b.m / 1000 % 10 * 5 + b.m / 100 % 10 * 4 + b.m / 10 % 10 * 3 + b.m % 10 * 2 AS id_sum
    FROM (
        SELECT a.*,
               a.released_at <= @NOW AS released,
               a.per_day * CASE WHEN a.stay - a.grace * 3600 <= 0 THEN 0 ELSE (a.stay - a.grace * 3600 + 86399) / 86400 END AS storage
        FROM (
            SELECT r.*,
                   DATEADD('SECOND', r.stay, r.impounded_at) AS released_at,
                   LEAST(DATEADD('SECOND', r.tow_delay * 6 / 10, r.registered_at), r.impounded_at) AS towed_at
            FROM (
                SELECT q.violation_id, q.registered_at, q.fine, q.district_code, q.violation_type,
                       CASE WHEN q.district_code <= 'TBZ05' THEN 'TBZ-LOT-1' ELSE 'TBZ-LOT-2' END AS lot_code,
                       LEAST(DATEADD('SECOND', q.tow_delay, q.registered_at), @NOW) AS impounded_at,
                       q.tow_delay,
                       1800 + CASE WHEN q.r_long < 0.02 THEN 2592000 + CAST(FLOOR(q.r_stay * 7776000) AS BIGINT)
                                   ELSE CAST(FLOOR(-LN(1 - q.r_stay) * 108000) AS BIGINT) END AS stay,
                       'Tabriz Tow ' || LPAD(CAST(1 + CAST(FLOOR(q.r_tow * 12) AS INT) AS VARCHAR), 2, '0') AS tow_operator,
                       'clerk.' || CASE WHEN q.district_code <= 'TBZ05' THEN 'lot1' ELSE 'lot2' END || '.'
                           || CAST(1 + CAST(FLOOR(q.r_tow * 3) AS INT) AS VARCHAR) AS intake_by,
                       'clerk.' || CASE WHEN q.district_code <= 'TBZ05' THEN 'lot1' ELSE 'lot2' END || '.'
                           || CAST(1 + CAST(FLOOR(q.r_name * 3) AS INT) AS VARCHAR) AS released_by,
                       (SELECT f.tow_fee FROM tariff_vehicle_fee f WHERE f.tariff_version = 1 AND f.vehicle_class = q.vehicle_class) AS tow,
                       (SELECT f.storage_per_day FROM tariff_vehicle_fee f
                        WHERE f.tariff_version = 1 AND f.vehicle_class = q.vehicle_class) AS per_day,
                       (SELECT t.storage_grace_hours FROM tariff t WHERE t.version = 1) AS grace,
                       (SELECT t.vat_percent FROM tariff t WHERE t.version = 1) AS vat_percent,
                       q.r_name, q.r_waive, CAST(FLOOR(q.r_id * 1000000000) AS BIGINT) AS m
                FROM (
                    SELECT v.id AS violation_id, v.registered_at, v.fine_amount AS fine, v.district_code, v.violation_type, v.vehicle_class,
                           1500 + CAST(FLOOR(RAND() * 5700) AS BIGINT) AS tow_delay, RAND() AS r_long, RAND() AS r_stay,
                           RAND() AS r_tow, RAND() AS r_name, RAND() AS r_waive, RAND() AS r_id
                    FROM violation v
                    WHERE v.status = 'IMPOUNDED'
                ) q
            ) r
        ) a
    ) b
) c;

MERGE INTO violation v
USING impound i ON (v.id = i.violation_id)
WHEN MATCHED THEN UPDATE SET
    impound_id = i.id,
    impound_lot_code = i.lot_code,
    status = CASE WHEN i.status = 'RELEASED' THEN 'RELEASED' ELSE 'IMPOUNDED' END,
    version = CASE WHEN i.status = 'RELEASED' THEN 2 ELSE 1 END;

-- The four frozen lines of each release, recomputed from the impound exactly as FeeCalculator does.
INSERT INTO impound_charge (impound_id, line_no, kind, amount, tariff_version, quantity, rate)
SELECT c.impound_id, l.X,
       CASE l.X WHEN 1 THEN 'FINE' WHEN 2 THEN 'TOW' WHEN 3 THEN 'STORAGE' ELSE 'VAT' END,
       CASE l.X WHEN 1 THEN c.fine WHEN 2 THEN c.tow WHEN 3 THEN c.days * c.per_day
            ELSE CAST(ROUND((c.tow + c.days * c.per_day) * c.vat_percent / 100) AS BIGINT) END,
       CASE l.X WHEN 1 THEN c.fine_version ELSE c.tariff_version END,
       CASE l.X WHEN 1 THEN 1 WHEN 2 THEN 1 WHEN 3 THEN c.days ELSE c.tow + c.days * c.per_day END,
       CASE l.X WHEN 1 THEN c.fine WHEN 2 THEN c.tow WHEN 3 THEN c.per_day ELSE c.vat_percent END
FROM (
    SELECT b.*,
           CASE WHEN b.stay - b.grace * 3600 <= 0 THEN 0 ELSE (b.stay - b.grace * 3600 + 86399) / 86400 END AS days
    FROM (
        SELECT i.id AS impound_id, v.fine_amount AS fine, v.fine_tariff_version AS fine_version, i.tariff_version,
               f.tow_fee AS tow, f.storage_per_day AS per_day, t.vat_percent, t.storage_grace_hours AS grace,
               DATEDIFF('SECOND', i.impounded_at, i.released_at) AS stay
        FROM impound i
        JOIN violation v ON v.id = i.violation_id
        JOIN tariff t ON t.version = i.tariff_version
        JOIN tariff_vehicle_fee f ON f.tariff_version = i.tariff_version AND f.vehicle_class = v.vehicle_class
        WHERE i.status = 'RELEASED'
    ) b
) c
CROSS JOIN SYSTEM_RANGE(1, 4) l;

INSERT INTO waiver (id, impound_id, amount, reason, granted_at, granted_by)
SELECT RANDOM_UUID(), i.id, i.waived_total, 'Owner was in hospital; storage waived - مالک در بیمارستان بستری بود',
       DATEADD('MINUTE', -25, i.released_at), 'supervisor'
FROM impound i
WHERE i.status = 'RELEASED' AND i.waived_total > 0;

-- Payments: the fine settled on the spot, and the balance paid just before each release. Receipts follow time.
INSERT INTO payment (id, receipt_number, violation_id, impound_id, district_code, violation_type, amount, method, reference,
                     received_at, received_by)
SELECT RANDOM_UUID(), 'RCP-' || LPAD(CAST(ROW_NUMBER() OVER (ORDER BY p.received_at) AS VARCHAR), 8, '0'),
       p.violation_id, p.impound_id, p.district_code, p.violation_type, p.amount,
       CASE WHEN p.r_method < p.cash THEN 'CASH' WHEN p.r_method < p.cash + 0.5 THEN 'CARD'
            WHEN p.r_method < p.cash + 0.65 THEN 'BANK_TRANSFER' ELSE 'ONLINE' END,
       CASE WHEN p.r_method >= p.cash THEN 'TRX-' || LPAD(CAST(CAST(FLOOR(p.r_ref * 1000000000) AS BIGINT) AS VARCHAR), 9, '0') END,
       p.received_at, p.received_by
FROM (
    SELECT v.id AS violation_id, CAST(NULL AS UUID) AS impound_id, v.district_code, v.violation_type, v.fine_amount AS amount,
           LEAST(DATEADD('SECOND', 60 + CAST(FLOOR(RAND() * 420) AS INT), v.registered_at), @NOW) AS received_at,
           v.inspector AS received_by, 0.5 AS cash, RAND() AS r_method, RAND() AS r_ref
    FROM violation v
    WHERE v.status = 'SETTLED'
    UNION ALL
    SELECT i.violation_id, i.id, i.district_code, i.violation_type, i.paid_total,
           DATEADD('SECOND', -(60 + CAST(FLOOR(RAND() * 1140) AS INT)), i.released_at),
           i.released_by, 0.15, RAND(), RAND()
    FROM impound i
    WHERE i.status = 'RELEASED'
) p;

-- What the reports count: one fact per event, as ReportFacts writes them in the transaction of the change, each on its
-- day of the city (a date cast from a time with a zone is taken in the session's zone; bench/scale.sh puts the city's
-- zone in place of the placeholder, as Flyway does in V7).
SET TIME ZONE '${cityZone}';
INSERT INTO report_fact (at, city_day, kind, district_code, violation_type, fine, tow, storage, vat, amount, stay_seconds)
SELECT registered_at, CAST(registered_at AS DATE), 'REGISTERED', district_code, violation_type, 0, 0, 0, 0, 0, NULL FROM violation;
INSERT INTO report_fact (at, city_day, kind, district_code, violation_type, fine, tow, storage, vat, amount, stay_seconds)
SELECT cancelled_at, CAST(cancelled_at AS DATE), 'CANCELLED', district_code, violation_type, 0, 0, 0, 0, 0, NULL
FROM violation WHERE cancelled_at IS NOT NULL;
INSERT INTO report_fact (at, city_day, kind, district_code, violation_type, fine, tow, storage, vat, amount, stay_seconds)
SELECT impounded_at, CAST(impounded_at AS DATE), 'IMPOUNDED', district_code, violation_type, 0, 0, 0, 0, 0, NULL FROM impound;
INSERT INTO report_fact (at, city_day, kind, district_code, violation_type, fine, tow, storage, vat, amount, stay_seconds)
SELECT i.released_at, CAST(i.released_at AS DATE), 'RELEASED', i.district_code, i.violation_type,
       (SELECT c.amount FROM impound_charge c WHERE c.impound_id = i.id AND c.kind = 'FINE'),
       (SELECT c.amount FROM impound_charge c WHERE c.impound_id = i.id AND c.kind = 'TOW'),
       (SELECT c.amount FROM impound_charge c WHERE c.impound_id = i.id AND c.kind = 'STORAGE'),
       (SELECT c.amount FROM impound_charge c WHERE c.impound_id = i.id AND c.kind = 'VAT'),
       0, DATEDIFF('SECOND', i.impounded_at, i.released_at)
FROM impound i WHERE i.status = 'RELEASED';
INSERT INTO report_fact (at, city_day, kind, district_code, violation_type, fine, tow, storage, vat, amount, stay_seconds)
SELECT received_at, CAST(received_at AS DATE), 'SETTLED', district_code, violation_type, amount, 0, 0, 0, 0, NULL
FROM payment WHERE impound_id IS NULL;
INSERT INTO report_fact (at, city_day, kind, district_code, violation_type, fine, tow, storage, vat, amount, stay_seconds)
SELECT received_at, CAST(received_at AS DATE), 'PAYMENT', district_code, violation_type, 0, 0, 0, 0, amount, NULL FROM payment;
INSERT INTO report_fact (at, city_day, kind, district_code, violation_type, fine, tow, storage, vat, amount, stay_seconds)
SELECT w.granted_at, CAST(w.granted_at AS DATE), 'WAIVER', i.district_code, i.violation_type, 0, 0, 0, 0, w.amount, NULL
FROM waiver w JOIN impound i ON i.id = w.impound_id;
SET TIME ZONE LOCAL;

-- The audit history, as bench/scale-seed-postgres.sql writes it (read it there): unsealed, in time order, after the
-- events already in the log. The view gives the events of the times @T0 (inclusive) to @T1 (exclusive); they are
-- appended in twenty transactions of a part of the year each, the last one reaching to now.
CREATE VIEW seed_audit (at, step, actor, action, entity_type, entity_id, data) AS
SELECT v.registered_at, 1, v.inspector, 'VIOLATION_REGISTERED', 'VIOLATION', CAST(v.id AS VARCHAR(64)),
       CAST(JSON_OBJECT('address': v.address, 'districtCode': v.district_code, 'fineAmount': v.fine_amount,
                        'fineTariffVersion': v.fine_tariff_version, 'lat': v.lat, 'lon': v.lon, 'note': v.note,
                        'observedAt': FORMATDATETIME(v.observed_at, 'yyyy-MM-dd''T''HH:mm:ss.SSSSSS''Z''', 'en', 'UTC'),
                        'plate': v.plate, 'ticketNumber': v.ticket_number, 'vehicleClass': v.vehicle_class,
                        'violationType': v.violation_type ABSENT ON NULL) AS VARCHAR)
FROM violation v WHERE v.registered_at >= @T0 AND v.registered_at < @T1
UNION ALL
SELECT v.cancelled_at, 2, v.cancelled_by, 'VIOLATION_CANCELLED', 'VIOLATION', CAST(v.id AS VARCHAR(64)),
       CAST(JSON_OBJECT('reason': v.cancel_reason) AS VARCHAR)
FROM violation v WHERE v.status = 'CANCELLED' AND v.cancelled_at >= @T0 AND v.cancelled_at < @T1
UNION ALL
SELECT p.received_at, 2, p.received_by, 'VIOLATION_SETTLED', 'VIOLATION', CAST(p.violation_id AS VARCHAR(64)),
       CAST(JSON_OBJECT('amount': p.amount, 'method': p.method, 'receiptNumber': p.receipt_number, 'reference': p.reference
                        ABSENT ON NULL) AS VARCHAR)
FROM payment p WHERE p.impound_id IS NULL AND p.received_at >= @T0 AND p.received_at < @T1
UNION ALL
SELECT i.impounded_at, 2, i.intake_by, 'VEHICLE_IMPOUNDED', 'IMPOUND', CAST(i.id AS VARCHAR(64)),
       CAST(JSON_OBJECT('impoundedAt': FORMATDATETIME(i.impounded_at, 'yyyy-MM-dd''T''HH:mm:ss.SSSSSS''Z''', 'en', 'UTC'),
                        'lotCode': i.lot_code, 'plate': v.plate, 'tariffVersion': i.tariff_version, 'ticketNumber': v.ticket_number,
                        'towOperator': i.tow_operator,
                        'towedAt': FORMATDATETIME(i.towed_at, 'yyyy-MM-dd''T''HH:mm:ss.SSSSSS''Z''', 'en', 'UTC'),
                        'violationId': CAST(i.violation_id AS VARCHAR(36)) ABSENT ON NULL) AS VARCHAR)
FROM impound i JOIN violation v ON v.id = i.violation_id WHERE i.impounded_at >= @T0 AND i.impounded_at < @T1
UNION ALL
SELECT w.granted_at, 3, w.granted_by, 'WAIVER_GRANTED', 'IMPOUND', CAST(w.impound_id AS VARCHAR(64)),
       CAST(JSON_OBJECT('amount': w.amount, 'reason': w.reason, 'waiverId': CAST(w.id AS VARCHAR(36))) AS VARCHAR)
FROM waiver w WHERE w.granted_at >= @T0 AND w.granted_at < @T1
UNION ALL
SELECT p.received_at, 4, p.received_by, 'PAYMENT_TAKEN', 'IMPOUND', CAST(p.impound_id AS VARCHAR(64)),
       CAST(JSON_OBJECT('amount': p.amount, 'method': p.method, 'receiptNumber': p.receipt_number, 'reference': p.reference
                        ABSENT ON NULL) AS VARCHAR)
FROM payment p WHERE p.impound_id IS NOT NULL AND p.received_at >= @T0 AND p.received_at < @T1
UNION ALL
SELECT i.released_at, 5, i.released_by, 'VEHICLE_RELEASED', 'IMPOUND', CAST(i.id AS VARCHAR(64)),
       CAST(JSON_OBJECT('charged': i.charged_total, 'ownershipDocument': i.ownership_document, 'paid': i.paid_total,
                        'releaseNumber': i.release_number, 'releasedToKind': 'OWNER', 'releasedToName': i.released_to_name,
                        'releasedToNationalId': i.released_to_national_id, 'violationId': CAST(i.violation_id AS VARCHAR(36)),
                        'waived': i.waived_total) AS VARCHAR)
FROM impound i WHERE i.status = 'RELEASED' AND i.released_at >= @T0 AND i.released_at < @T1;

SET @T1 = TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00';
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 1 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 2 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 3 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 4 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 5 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 6 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 7 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 8 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 9 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 10 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 11 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 12 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 13 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 14 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 15 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 16 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 17 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 18 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = DATEADD('MINUTE', 19 * 365 * 1440 / 20, @BASE);
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
SET @T0 = @T1; SET @T1 = TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00';
SET @AFTER = (SELECT COALESCE(MAX(id), 0) FROM audit_event);
INSERT INTO audit_event (id, at, actor, action, entity_type, entity_id, data)
SELECT @AFTER + ROW_NUMBER() OVER (ORDER BY at, step), at, actor, action, entity_type, entity_id, data FROM seed_audit;
DROP VIEW seed_audit;
-- The ids the service gives next come after the seeded ones (it takes them 50 at a time).
ALTER SEQUENCE audit_event_id_seq RESTART WITH (SELECT COALESCE(MAX(id), 0) + 50 FROM audit_event);

-- The lots hold exactly the vehicles still in them, with room to spare.
UPDATE impound_lot
SET occupied = (SELECT COUNT(*) FROM impound i WHERE i.lot_code = impound_lot.code AND i.status = 'IN_LOT'),
    capacity = (SELECT COUNT(*) FROM impound i WHERE i.lot_code = impound_lot.code AND i.status = 'IN_LOT')
        + GREATEST(100, (SELECT COUNT(*) FROM impound i WHERE i.lot_code = impound_lot.code AND i.status = 'IN_LOT') / 4);

-- The service's next numbers follow the seeded ones.
ALTER SEQUENCE ticket_number_seq RESTART WITH (SELECT COUNT(*) + 1 FROM violation);
ALTER SEQUENCE receipt_number_seq RESTART WITH (SELECT COUNT(*) + 1 FROM payment);
ALTER SEQUENCE release_number_seq RESTART WITH (SELECT COUNT(*) + 1 FROM impound WHERE status = 'RELEASED');

ANALYZE;

-- Writes the file afresh without the space the big transactions left behind (a million rows would otherwise leave
-- gigabytes, which H2 would go on compacting in the background while the service is measured).
SHUTDOWN COMPACT;
