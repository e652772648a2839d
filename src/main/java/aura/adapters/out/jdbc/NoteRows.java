package aura.adapters.out.jdbc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Micronaut Data repository over {@code note}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface NoteRows extends CrudRepository<NoteRow, String> {
    List<NoteRow> findByIdInAndDeletedFalse(Collection<String> id);

    List<NoteRow> findByChangedGreaterThanEquals(Instant changed);

    /** Every parameter is bound (no nulls), so Postgres never has to guess a parameter's type. */
    @Query("SELECT * FROM note WHERE owner_id = :ownerId AND deleted = FALSE AND tags LIKE :tagPattern ESCAPE '\\' "
            + "AND (expires IS NULL OR expires > :now) "
            + "AND (created < :beforeCreated OR (created = :beforeCreated AND id < :beforeId)) "
            + "ORDER BY created DESC, id DESC LIMIT :limit")
    List<NoteRow> page(String ownerId, String tagPattern, Instant now, Instant beforeCreated, String beforeId, int limit);

    @Query("SELECT * FROM note WHERE owner_id = :ownerId AND deleted = FALSE AND pinned = TRUE "
            + "AND (expires IS NULL OR expires > :now) ORDER BY created DESC LIMIT :limit")
    List<NoteRow> pinned(String ownerId, Instant now, int limit);

    @Query("SELECT * FROM note WHERE deleted = FALSE AND id > :afterId ORDER BY id LIMIT :size")
    List<NoteRow> batchAfter(String afterId, int size);

    /** The tombstone keeps no trace of what the note said. */
    @Query("UPDATE note SET deleted = TRUE, title = '', body = '', tags = '', expires = NULL, embedding = NULL, "
            + "embedding_model = NULL, changed = :at, updated = :at WHERE id = :id")
    int tombstone(String id, Instant at);
}
