package io.kakaorm.vertx.it;

import io.kakaorm.Model;
import io.kakaorm.spi.ModelState;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;

/** Its after-insert hook writes an audit row through the same database, then fails when asked. */
public class Note extends Model<Note> {
    public String text;

    @Override
    protected Future<Void> afterInsert() {
        Database db = (Database) ModelState.engineOf(this);
        return db.create(Audit.class, a -> a.what = "note " + text)
                .compose(a -> "boom".equals(text)
                        ? Future.failedFuture(new IllegalStateException("after-hook boom"))
                        : Future.succeededFuture());
    }
}
