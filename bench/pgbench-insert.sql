-- pgbench: one single-row insert of a violation-sized row per transaction, the database's own ceiling.
INSERT INTO bench_violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, address,
                             observed_at, status, registered_at, inspector, fine_amount)
VALUES (gen_random_uuid(), 'BNC01-' || nextval('bench_ticket'), '12ب345-67', 'CAR', 'SIDEWALK_PARKING', 'BNC01', 38.0792,
        46.2887, 'Imam St', now(), 'REGISTERED', now(), 'bench-inspector', 2000000);
