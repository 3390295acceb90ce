-- Added after 1.1. IF NOT EXISTS: builds between the two created these tables at start-up.

-- When monitoring began (a duty from before counts for nothing); one row.
CREATE TABLE IF NOT EXISTS cm_monitoring_start (
    id INT PRIMARY KEY,
    monitoring_from DATE NOT NULL,
    set_by VARCHAR(300) NOT NULL,
    set_at TIMESTAMP WITH TIME ZONE NOT NULL);

-- The SSD importer's memory of each row it turned into events.
CREATE TABLE IF NOT EXISTS cm_ssd_row (
    ssd_table VARCHAR(64) NOT NULL,
    row_id VARCHAR(200) NOT NULL,
    child_id VARCHAR(64) NOT NULL,
    events VARCHAR(8000) NOT NULL,
    vanished BOOLEAN NOT NULL,
    PRIMARY KEY (ssd_table, row_id));
