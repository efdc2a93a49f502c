package io.kakaorm.samples.readme;

import io.kakaorm.samples.blog.Author;
import io.kakaorm.vertx.Database;
import java.util.List;
import java.util.Map;

/** The README's CRUD section, run by the samples' tests on every database. */
public final class CrudExamples {
    private CrudExamples() {}

    /** What the examples produced, for the tests to check. */
    public record Results(
            Author alice,
            List<Author> all,
            Author byEmail,
            Author none,
            Author first,
            Author last,
            Map<String, Object> data,
            Country japan,
            long authorsLeft) {}

    public static Results run(Database db) {
        // tag::create[]
        Author alice = db.create(Author.class, a -> {
            a.name = "Alice";
            a.email = "alice@example.com";
        }).await();
        System.out.println(alice.id);                    // the generated key is set

        Author bob = new Author();                       // or: a new instance, saved through the database
        bob.name = "Bob";
        bob.email = "bob@example.com";
        db.save(bob).await();                            // from now on bob remembers db: bob.save() works
        // end::create[]

        // tag::read[]
        List<Author> authors = db.all(Author.class).await();                  // ordered by primary key
        Author found = db.from(Author.class)
                .where(a -> a.email.equals("alice@example.com"))
                .get().await();                                               // NotFoundException if none
        Author none = db.getOrNone(Author.class, -1L).await();                // null if none
        Author first = db.first(Author.class).await();
        Author last = db.last(Author.class).await();
        Map<String, Object> data = db.get(Author.class, alice.id).await().toMap();
        // {id=1, name=Alice, email=alice@example.com, bio=null}
        // end::read[]

        // tag::update[]
        alice.name = "Alicia";
        alice.save().await();                            // UPDATE author SET name = ? WHERE id = ?: what changed
        // end::update[]

        // tag::custom-pk[]
        Country jp = db.create(Country.class, c -> {
            c.code = "JP";
            c.name = "Japan";
        }).await();
        jp.name = "Japan (updated)";
        jp.save().await();                               // UPDATE country SET … WHERE code = 'JP'
        // end::custom-pk[]

        // tag::delete[]
        bob.delete().await();
        // end::delete[]
        long left = db.from(Author.class).count().await();
        Country japan = db.get(Country.class, "JP").await();
        return new Results(alice, authors, found, none, first, last, data, japan, left);
    }
}
