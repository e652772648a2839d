-- The monitor's finished topology windows: the shape of each window of a node's samples (docs/MONITOR.md).
CREATE TABLE monitor_topology (
    node          VARCHAR(63) NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    b0            INTEGER NOT NULL,
    b1            INTEGER NOT NULL,
    b2            INTEGER NOT NULL,
    wasserstein   DOUBLE PRECISION NOT NULL,
    entropy       DOUBLE PRECISION NOT NULL,
    landscape_norm DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (node, at)
);
