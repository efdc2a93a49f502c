package io.kakaorm.migration.models.archive;

import io.kakaorm.ArchiveModel;
import io.kakaorm.Column;
import io.kakaorm.SoftDeleteModel;
import io.kakaorm.Table;

/** An ArchiveModel: the migrations plan archive_journal with it. */
@Table(name = "journal")
public class Journal extends ArchiveModel<Journal> {
    @Column(nullable = false, unique = true, maxLength = 40)
    public String body;

    /** A SoftDeleteModel: its deleted_at column is planned like any field. */
    @Table(name = "draft")
    public static class Draft extends SoftDeleteModel<Draft> {
        public String text;
    }
}
