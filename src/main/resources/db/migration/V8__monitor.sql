-- The monitor's metric history: each node's raw samples, their one-minute roll-ups, and the series a node has.
CREATE TABLE metric_sample (
    node    VARCHAR(63)  NOT NULL,
    metric  VARCHAR(160) NOT NULL,
    at      TIMESTAMP WITH TIME ZONE NOT NULL,
    val     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (node, metric, at)
);
-- A node's whole sampling at one time (latest, roll-ups, pruning) reads by node and time.
CREATE INDEX metric_sample_node_at ON metric_sample (node, at);

CREATE TABLE metric_rollup (
    node    VARCHAR(63)  NOT NULL,
    metric  VARCHAR(160) NOT NULL,
    starts  TIMESTAMP WITH TIME ZONE NOT NULL,
    n       INTEGER      NOT NULL,
    min_val DOUBLE PRECISION NOT NULL,
    max_val DOUBLE PRECISION NOT NULL,
    mean_val DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (node, metric, starts)
);
CREATE INDEX metric_rollup_node_minute ON metric_rollup (node, starts);

CREATE TABLE metric_series (
    node    VARCHAR(63)  NOT NULL,
    metric  VARCHAR(160) NOT NULL,
    PRIMARY KEY (node, metric)
);
