package com.example.notes;

import com.example.notes.models.Note;
import io.kakaorm.migration.Migrator;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import java.util.List;

/** Creates notes on in-memory SQLite, queries them by lambda and projects them into a record. */
public final class Main {
    /** What the projection reads into. */
    public record Starred(String title, int stars) {
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("module " + Main.class.getModule().getName() + ", KakaORM in "
                + Database.class.getModule().getName());
        try (Database db = KakaORM.connect("sqlite::memory:").await()) {
            db.createTable(Note.class).await();
            db.create(Note.class, n -> {
                n.title = "modules";
                n.stars = 5;
            }).await();
            db.create(Note.class, n -> {
                n.title = "class path";
                n.stars = 2;
            }).await();
            int least = 3;
            List<Note> good = db.from(Note.class).where(n -> n.stars >= least).list().await();
            System.out.println("by lambda: " + good.size() + " " + good.get(0).title);
            List<Starred> starred = db.from(Note.class).orderBy(n -> n.stars)
                    .select(n -> new Starred(n.title, n.stars)).list().await();
            System.out.println("into a record: " + starred);
            System.out.println("migration plan empty: " + new Migrator(db).plan(List.of(Note.class)).await().isEmpty());
        }
    }
}
