package io.kakaorm.vertx.softdelete;

import io.kakaorm.Column;
import io.kakaorm.Id;
import io.kakaorm.SoftDeleteModel;
import io.kakaorm.Table;
import io.kakaorm.relation.HasMany;

/** A soft-delete model with a String primary key. */
@Table(name = "sd_folder")
public class Folder extends SoftDeleteModel<Folder> {
    @Id
    @Column(maxLength = 10)
    public String code;

    public final HasMany<Memo> memos = hasMany(Memo.class);
}
