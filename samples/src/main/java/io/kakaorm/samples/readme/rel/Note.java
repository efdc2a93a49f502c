package io.kakaorm.samples.readme.rel;

import io.kakaorm.SoftDeleteModel;
import io.kakaorm.Table;

/** A soft-deleted model: {@code delete()} sets {@code deleted_at} instead of removing the row. */
// tag::soft-model[]
@Table(name = "note")
public class Note extends SoftDeleteModel<Note> {   // adds the deleted_at column
    public String text;
}
// end::soft-model[]
