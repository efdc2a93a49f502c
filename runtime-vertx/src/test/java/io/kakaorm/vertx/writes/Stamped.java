package io.kakaorm.vertx.writes;

import io.kakaorm.Model;
import io.kakaorm.Version;
import java.time.Instant;

/** A row guarded by a timestamp version. */
public class Stamped extends Model<Stamped> {
    public String title;

    public int views;

    @Version
    public Instant modifiedAt;
}
