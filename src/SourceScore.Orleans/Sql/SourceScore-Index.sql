-- The story index's articles, so that a partition activated again on another silo holds what it held
-- (PostgresIndexStore). One row per article and partition; 'added' orders them.
CREATE TABLE IF NOT EXISTS sourcescore_index
(
    partition integer NOT NULL,
    id text NOT NULL,
    source text NOT NULL,
    url text NULL,
    title text NULL,
    published timestamptz NULL,
    author text NULL,
    text text NOT NULL,
    added timestamptz NOT NULL,
    CONSTRAINT pk_sourcescore_index PRIMARY KEY (partition, id)
);

CREATE INDEX IF NOT EXISTS ix_sourcescore_index_added ON sourcescore_index (partition, added);
