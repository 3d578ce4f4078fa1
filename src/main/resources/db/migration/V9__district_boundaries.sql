-- A district may carry its boundary, a GeoJSON Polygon, so that citizens' complaints are routed to it.
ALTER TABLE district ADD COLUMN boundary VARCHAR(200000);
ALTER TABLE district ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
