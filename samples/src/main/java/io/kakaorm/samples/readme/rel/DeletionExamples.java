package io.kakaorm.samples.readme.rel;

import io.kakaorm.vertx.Database;
import java.util.List;

/** The README's deletion-strategies section. */
public final class DeletionExamples {
    private DeletionExamples() {}

    /** What the examples produced. */
    public record Results(
            List<Note> live,
            List<Note> all,
            List<Note> deleted,
            int purged,
            List<Log> logs,
            List<Log> logsAndArchive,
            List<Log> archived) {}

    public static Results run(Database db) {
        // tag::soft[]
        db.createTable(Note.class).await();                        // with its deleted_at column
        Note note = db.create(Note.class, n -> n.text = "hello").await();
        db.create(Note.class, n -> n.text = "draft").await();
        note.delete().await();                                      // sets deleted_at; the row stays

        List<Note> live = db.from(Note.class).list().await();       // WHERE deleted_at IS NULL
        List<Note> all = db.from(Note.class).includeDeleted().list().await();
        List<Note> deleted = db.from(Note.class).onlyDeleted().list().await();
        note.restore().await();
        db.from(Note.class).where(n -> n.text.startsWith("dr")).delete().await();   // logical too
        int purged = db.from(Note.class).onlyDeleted().purge().await();              // physical DELETE
        // end::soft[]

        // tag::archive[]
        db.createTable(Log.class).await();
        db.createArchiveTable(Log.class).await();                   // archive_log
        Log log = db.create(Log.class, l -> l.body = "event").await();
        db.create(Log.class, l -> l.body = "other").await();
        log.delete().await();                                       // INSERT into archive_log + DELETE, one transaction

        List<Log> logs = db.from(Log.class).list().await();                       // main table only
        List<Log> logsAndArchive = db.from(Log.class).includeDeleted().list().await();   // UNION ALL
        List<Log> archived = db.from(Log.class).onlyDeleted().list().await();     // archive table only
        log.restore().await();                                                   // moved back
        // end::archive[]
        return new Results(live, all, deleted, purged, logs, logsAndArchive, archived);
    }
}
