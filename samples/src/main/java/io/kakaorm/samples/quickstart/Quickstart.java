package io.kakaorm.samples.quickstart;

import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import java.util.List;

/**
 * The seed's quickstart in Java, on in-memory SQLite: create the table, create a task, mark it done,
 * list the done tasks, close. Run it with {@code mvn -q -pl samples -am compile exec:java}.
 */
public final class Quickstart {
    private Quickstart() {}

    public static void main(String[] args) {
        // tag::quickstart[]
        try (Database db = KakaORM.connect("sqlite::memory:").await()) {
            db.createTable(Task.class).await();

            Task task = db.create(Task.class, t -> t.title = "Try KakaORM").await();
            System.out.println(task.id + " " + task.title + " " + task.done);   // 1 Try KakaORM false

            task.done = true;
            task.save().await();

            List<Task> tasks = db.from(Task.class).where(t -> t.done).list().await();
            System.out.println(tasks);                                           // [<Task id=1>]
        }
        // end::quickstart[]
    }
}
