package io.kakaorm.samples.readme;

import io.kakaorm.ValidationException;
import io.kakaorm.json.Dump;
import io.kakaorm.json.JsonSchemas;
import io.kakaorm.json.ModelJson;
import io.kakaorm.json.SchemaKind;
import io.kakaorm.samples.blog.Author;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.observe.StatementEvent;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The README's "Seeing the SQL" and "JSON" sections. Expects the blog's author table. */
public final class ObserveAndJsonExamples {
    private ObserveAndJsonExamples() {}

    /** What the examples produced. */
    public record Results(
            int statements,
            List<StatementEvent> events,
            JsonObject json,
            JsonObject dumped,
            JsonArray list,
            ValidationException rejected,
            Author parsed,
            JsonObject createSchema) {}

    public static Results run(Database db) {
        // tag::listener[]
        AtomicInteger statements = new AtomicInteger();
        List<StatementEvent> inserts = new CopyOnWriteArrayList<>();
        db.addStatementListener(e -> statements.incrementAndGet())          // every statement, after it ran
          .addStatementListener(e -> {
              if (e.kind() == StatementEvent.Kind.INSERT) {
                  inserts.add(e);  // e.sql(), e.binds(), e.duration(), e.rows(), e.error(), e.transaction(), e.callSite()
              }
          })
          .maskBinds("email")                              // binds of these columns reach listeners and logs as "***"
          .slowStatementThreshold(Duration.ofMillis(500)); // WARNING on System.Logger "io.kakaorm.sql"; DEBUG logs all

        Author ann = db.create(Author.class, a -> {
            a.name = "Ann";
            a.email = "ann@example.com";
        }).await();
        // end::listener[]

        // tag::json[]
        JsonObject json = ann.toJson();                         // {"id":1,"name":"Ann","email":"ann@example.com",…}
        JsonObject dumped = ann.toJson(Dump.all().exclude("email").excludeNulls());
        JsonArray list = ModelJson.toJsonArray(db.all(Author.class).await());

        ValidationException rejected = null;
        try {
            Author.fromJson(Author.class, new JsonObject().put("id", 5).put("name", 42).put("role", "admin"));
        } catch (ValidationException e) {
            rejected = e;                                       // every bad field at once; e.toJson() is a 400 body
        }
        Author parsed = Author.fromJson(Author.class, new JsonObject().put("name", "Bob").put("email", "bob@example.com")); // unsaved
        JsonObject createSchema = JsonSchemas.schema(Author.class, SchemaKind.CREATE);        // JSON Schema 2020-12
        // end::json[]
        return new Results(statements.get(), inserts, json, dumped, list, rejected, parsed, createSchema);
    }
}
