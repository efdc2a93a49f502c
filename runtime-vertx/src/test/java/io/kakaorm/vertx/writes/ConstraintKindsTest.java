package io.kakaorm.vertx.writes;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static io.kakaorm.vertx.testing.TestDatabases.awaitFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.IntegrityException;
import io.kakaorm.IntegrityException.Kind;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every constraint kind, on INSERT, UPDATE and DELETE, is an IntegrityException of that kind on every database. */
@ExtendWith(TestDatabases.class)
class ConstraintKindsTest {

    private static IntegrityException violation(Kind expected, Future<?> f) {
        IntegrityException e = assertInstanceOf(IntegrityException.class, awaitFailure(f));
        assertEquals(expected, e.kind(), e.getMessage());
        assertTrue(e.sqlState() != null && e.sqlState().startsWith("23"), e.sqlState());
        return e;
    }

    private static Owner owner(Database db, String name) {
        return await(db.create(Owner.class, o -> o.name = name));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void unique_onInsertAndUpdate(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Owner.class));
        owner(db, "ann");
        Owner bob = owner(db, "bob");
        assertNotNull(violation(Kind.UNIQUE, db.create(Owner.class, o -> o.name = "ann"))
                .constraint());
        bob.name = "ann";
        violation(Kind.UNIQUE, bob.save());
        violation(Kind.UNIQUE, db.execute("INSERT INTO owner (id, name) VALUES (?, ?)", bob.id, "carl"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void foreignKey_onInsertUpdate_andDeleteThroughRestrictAndNoAction(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Owner.class));
        await(db.createTable(Pet.class));
        await(db.createTable(Tag.class));
        Owner ann = owner(db, "ann");
        Owner bob = owner(db, "bob");
        violation(Kind.FOREIGN_KEY, db.create(Pet.class, p -> {
            p.name = "orphan";
            p.ownerId = 999_999L;
        }));
        Pet rex = await(db.create(Pet.class, p -> {
            p.name = "rex";
            p.ownerId = ann.id;
        }));
        rex.ownerId = 999_999L;
        violation(Kind.FOREIGN_KEY, rex.save());
        violation(Kind.FOREIGN_KEY, ann.delete()); // ON DELETE RESTRICT
        await(db.create(Tag.class, t -> t.ownerId = bob.id));
        violation(Kind.FOREIGN_KEY, bob.delete()); // ON DELETE NO ACTION
        assertEquals(2L, await(db.fetchValue(Long.class, "SELECT COUNT(*) FROM owner")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void notNull_onInsertAndUpdate(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Owner.class));
        Owner ann = owner(db, "ann");
        violation(Kind.NOT_NULL, db.execute("INSERT INTO owner (name) VALUES (?)", (Object) null));
        violation(Kind.NOT_NULL, db.execute("UPDATE owner SET name = ? WHERE id = ?", null, ann.id));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void check_onInsertAndUpdate(TestDb which) {
        Database db = TestDatabases.open(which);
        await(db.createTable(Owner.class));
        violation(Kind.CHECK, db.create(Owner.class, o -> {
            o.name = "neg";
            o.score = -1;
        }));
        Owner ann = owner(db, "ann");
        ann.score = -5;
        assertNotNull(violation(Kind.CHECK, ann.save()).constraint());
    }
}
