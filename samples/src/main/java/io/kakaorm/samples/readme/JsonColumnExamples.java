package io.kakaorm.samples.readme;

import io.kakaorm.QueryTranslationException;
import io.kakaorm.vertx.Database;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The README's "JSON columns" section. Expects the profile table. */
public final class JsonColumnExamples {
    private JsonColumnExamples() {}

    /** What the examples produced. */
    public record Results(
            Profile saved, Profile back, Profile edited, long withoutSettings, QueryTranslationException refused) {}

    public static Results run(Database db) {
        // tag::json-columns[]
        Profile ann = db.create(Profile.class, p -> {
            p.owner = "ann";
            p.settings = new JsonObject().put("theme", "dark").put("langs", new JsonArray().add("en").add("fr"));
            p.badges = new JsonArray().add(new JsonObject().put("name", "early bird").put("level", 2));
        }).await();
        Profile back = db.get(Profile.class, ann.id).await();      // back.settings.equals(ann.settings)
        back.settings.put("theme", "light");                       // an edit inside the document is a change
        back.save().await();                                       // UPDATE … SET settings = …
        long withoutSettings = db.from(Profile.class).where(p -> p.settings == null).count().await();

        QueryTranslationException refused = null;
        JsonObject wanted = new JsonObject().put("theme", "light");
        try {
            db.from(Profile.class).where(p -> p.settings.equals(wanted)); // no portable SQL equality of documents
        } catch (QueryTranslationException e) {
            refused = e;
        }
        // end::json-columns[]
        return new Results(ann, back, db.get(Profile.class, ann.id).await(), withoutSettings, refused);
    }
}
