-- A plate's violations in keyset order (registration time, then id), like the district and inspector indexes.
CREATE INDEX violation_plate_registered_idx ON violation (plate, registered_at, id);
DROP INDEX violation_plate_idx;
