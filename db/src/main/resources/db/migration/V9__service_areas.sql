-- The service-area taxonomy: areas (public safety, public works, …) and the services in them
-- (fire, EMS, dispatch, …). Decision matrices, case studies and providers are tagged with it.
-- Entries are deactivated rather than deleted, so what was tagged keeps its meaning.
CREATE TABLE service_area (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id BIGINT       NULL,
    name      VARCHAR(100) NOT NULL,
    position  INT          NOT NULL,
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    version   INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_service_area PRIMARY KEY (id),
    CONSTRAINT fk_service_area_parent FOREIGN KEY (parent_id) REFERENCES service_area (id),
    CONSTRAINT uq_service_area_name UNIQUE (parent_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO service_area (parent_id, name, position) VALUES
    (NULL, 'Public safety', 1),
    (NULL, 'Public works', 2),
    (NULL, 'Parks and recreation', 3),
    (NULL, 'Information technology', 4),
    (NULL, 'Finance', 5),
    (NULL, 'Libraries', 6),
    (NULL, 'Health and human services', 7),
    (NULL, 'Planning and development', 8),
    (NULL, 'General administration', 9);

-- the services of each area, found by the area's name (no id is assumed)
INSERT INTO service_area (parent_id, name, position)
SELECT area.id, service.name, service.position
FROM service_area area
JOIN (
    SELECT 'Public safety' AS area_name, 'Fire' AS name, 1 AS position
    UNION ALL SELECT 'Public safety', 'Emergency medical services', 2
    UNION ALL SELECT 'Public safety', 'Dispatch and 911', 3
    UNION ALL SELECT 'Public safety', 'Police', 4
    UNION ALL SELECT 'Public safety', 'Emergency management', 5
    UNION ALL SELECT 'Public safety', 'Animal control', 6
    UNION ALL SELECT 'Public works', 'Solid waste and recycling', 1
    UNION ALL SELECT 'Public works', 'Streets and roads', 2
    UNION ALL SELECT 'Public works', 'Fleet maintenance', 3
    UNION ALL SELECT 'Public works', 'Water', 4
    UNION ALL SELECT 'Public works', 'Wastewater', 5
    UNION ALL SELECT 'Public works', 'Stormwater', 6
    UNION ALL SELECT 'Public works', 'Building maintenance', 7
    UNION ALL SELECT 'Parks and recreation', 'Parks maintenance', 1
    UNION ALL SELECT 'Parks and recreation', 'Recreation programs', 2
    UNION ALL SELECT 'Parks and recreation', 'Aquatics', 3
    UNION ALL SELECT 'Information technology', 'Network and infrastructure', 1
    UNION ALL SELECT 'Information technology', 'Geographic information systems', 2
    UNION ALL SELECT 'Information technology', 'Business software', 3
    UNION ALL SELECT 'Finance', 'Purchasing', 1
    UNION ALL SELECT 'Finance', 'Payroll', 2
    UNION ALL SELECT 'Finance', 'Tax collection', 3
    UNION ALL SELECT 'Finance', 'Property assessment', 4
    UNION ALL SELECT 'Libraries', 'Library services', 1
    UNION ALL SELECT 'Libraries', 'Library technical services', 2
    UNION ALL SELECT 'Health and human services', 'Public health', 1
    UNION ALL SELECT 'Health and human services', 'Senior services', 2
    UNION ALL SELECT 'Health and human services', 'Housing assistance', 3
    UNION ALL SELECT 'Planning and development', 'Building inspection', 1
    UNION ALL SELECT 'Planning and development', 'Code enforcement', 2
    UNION ALL SELECT 'Planning and development', 'Economic development', 3
    UNION ALL SELECT 'General administration', 'Human resources', 1
    UNION ALL SELECT 'General administration', 'Legal services', 2
    UNION ALL SELECT 'General administration', 'Records management', 3
) service ON service.area_name = area.name
WHERE area.parent_id IS NULL;
