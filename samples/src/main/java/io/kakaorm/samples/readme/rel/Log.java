package io.kakaorm.samples.readme.rel;

import io.kakaorm.ArchiveModel;
import io.kakaorm.Table;

/** An archived model: {@code delete()} moves the row into {@code archive_log}. */
// tag::archive-model[]
@Table(name = "log")
public class Log extends ArchiveModel<Log> {        // delete() moves rows to archive_log
    public String body;
}
// end::archive-model[]
