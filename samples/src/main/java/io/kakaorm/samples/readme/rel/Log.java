package io.kakaorm.samples.readme.rel;

import io.kakaorm.ArchiveModel;
import io.kakaorm.Table;

// tag::archive-model[]
@Table(name = "log")
public class Log extends ArchiveModel<Log> {        // delete() moves rows to archive_log
    public String body;
}
// end::archive-model[]
