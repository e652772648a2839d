-- Every node that ever joined the mesh. Portable SQL: runs on Postgres and on H2 in PostgreSQL mode.
CREATE TABLE node_registration (
    name         VARCHAR(63)  PRIMARY KEY,
    role         VARCHAR(16)  NOT NULL,
    address      VARCHAR(255) NOT NULL,
    port         INTEGER      NOT NULL,
    version      VARCHAR(64)  NOT NULL,
    first_joined TIMESTAMP WITH TIME ZONE NOT NULL,
    last_started TIMESTAMP WITH TIME ZONE NOT NULL
);
