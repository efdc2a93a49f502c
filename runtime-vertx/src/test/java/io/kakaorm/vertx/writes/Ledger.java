package io.kakaorm.vertx.writes;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Version;

/** A row guarded by an integer version. */
public class Ledger extends Model<Ledger> {
    @Column(nullable = false)
    public String title;

    public int views;

    public String note;

    @Version
    public long version;
}
