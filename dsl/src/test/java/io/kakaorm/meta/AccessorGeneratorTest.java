package io.kakaorm.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Model;
import io.kakaorm.meta.fixture.ForeignBase;
import io.kakaorm.meta.fixture.LoadedModel;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The generated per-model accessors: same behaviour as the MethodHandle ones, for every kind of model. */
class AccessorGeneratorTest {

    public static class Item extends Model<Item> {
        public String name;
        public int quantity;
        public double price;
        public boolean active;
        public long big;
        public LocalDateTime at;
    }

    static class Hidden extends Model<Hidden> {
        String secret;
        short small;

        private Hidden() {}
    }

    public static class Sub extends ForeignBase<Sub> {
        public String own;
    }

    /** A model whose key is declared after other fields: column order puts it first. */
    public static class KeyLast extends Model<KeyLast> {
        public String title;
        public int count;

        @io.kakaorm.Id // checkstyle:allow-fqn
        public Long code;
    }

    @Test
    void setAllSetsEveryColumnInColumnOrderAndRefusesAnotherBoxType() {
        ModelMeta<KeyLast> meta = ModelMeta.of(KeyLast.class);
        assertEquals("code", meta.columns().get(0).fieldName(), "the key is column 0");
        KeyLast k = meta.newInstance();
        k.count = 5;
        assertTrue(meta.setAll(k, new Object[] {9L, "t", null}));
        assertEquals(9L, k.code);
        assertEquals("t", k.title);
        assertEquals(5, k.count, "a NULL keeps a primitive's value, as set() does");
        assertTrue(meta.setAll(k, new Object[] {10L, null, 3}));
        assertNull(k.title);
        assertEquals(3, k.count);
        assertFalse(meta.setAll(k, new Object[] {11, "x", 1}), "an Integer for a Long field: set one by one");
        ModelMeta<Item> items = ModelMeta.of(Item.class);
        Item item = items.newInstance();
        LocalDateTime at = LocalDateTime.of(2026, 12, 6, 6, 0);
        assertTrue(items.setAll(item, new Object[] {7L, "n", 3, 2.5, true, 9_000_000_000L, at}));
        assertEquals(7L, item.id);
        assertEquals(2.5, item.price);
        assertTrue(item.active);
        assertEquals(9_000_000_000L, item.big);
        assertEquals(at, item.at);
    }

    @Test
    void readsAndWritesInheritedAndPrimitiveFields() {
        ModelMeta<Item> meta = ModelMeta.of(Item.class);
        Item item = meta.newInstance();
        LocalDateTime at = LocalDateTime.of(2026, 11, 25, 16, 30, 1, 123_000);
        Object[] values = {7L, "n", 3, 2.5, true, 9_000_000_000L, at};
        for (int i = 0; i < values.length; i++) {
            ColumnMeta c = meta.columns().get(i);
            assertInstanceOf(GeneratedAccessor.class, c.accessor(), c.fieldName());
            c.set(item, values[i]);
        }
        assertEquals(7L, item.id);
        assertEquals("n", item.name);
        assertEquals(3, item.quantity);
        assertEquals(2.5, item.price);
        assertTrue(item.active);
        assertEquals(9_000_000_000L, item.big);
        assertEquals(at, item.at);
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], meta.columns().get(i).get(item));
        }
    }

    @Test
    void nullIntoPrimitiveKeepsTheValueAndNullIntoReferenceClearsIt() {
        ModelMeta<Item> meta = ModelMeta.of(Item.class);
        Item item = meta.newInstance();
        item.quantity = 5;
        item.name = "x";
        meta.columnByField("quantity").set(item, null);
        meta.columnByField("name").set(item, null);
        assertEquals(5, item.quantity);
        assertNull(item.name);
    }

    @Test
    void otherBoxTypesBehaveAsTheMethodHandleAccessors() throws Exception {
        ModelMeta<Item> meta = ModelMeta.of(Item.class);
        Field f = Item.class.getField("big");
        FieldAccessor handles = FieldAccessors.of(f);
        Item a = new Item();
        Item b = new Item();
        Object value = 42; // an Integer into a long field
        Throwable byHandles = outcome(() -> handles.set(a, value));
        Throwable generated = outcome(() -> meta.columnByField("big").set(b, value));
        assertEquals(byHandles == null ? null : byHandles.getClass(), generated == null ? null : generated.getClass());
        assertEquals(a.big, b.big);
        assertThrows(ClassCastException.class, () -> meta.columnByField("name").set(new Item(), 1));
    }

    @Test
    void packagePrivateModelWithPrivateConstructor() {
        ModelMeta<Hidden> meta = ModelMeta.of(Hidden.class);
        Hidden h = meta.newInstance();
        meta.columnByField("secret").set(h, "s");
        meta.columnByField("small").set(h, (short) 4);
        assertEquals("s", h.secret);
        assertEquals((short) 4, h.small);
        assertInstanceOf(GeneratedAccessor.class, meta.columnByField("secret").accessor());
    }

    @Test
    void protectedFieldOfASuperclassInAnotherPackageFallsBackToMethodHandles() {
        ModelMeta<Sub> meta = ModelMeta.of(Sub.class);
        Sub s = meta.newInstance();
        ColumnMeta note = meta.columnByField("note");
        assertFalse(note.accessor() instanceof GeneratedAccessor);
        note.set(s, "n");
        meta.columnByField("rank").set(s, 2);
        meta.columnByField("own").set(s, "o");
        assertEquals("n", note.get(s));
        assertEquals(2, s.rank);
        assertEquals("o", s.own);
        assertInstanceOf(GeneratedAccessor.class, meta.columnByField("own").accessor());
    }

    @Test
    void modelInAnotherClassLoader() throws Exception {
        ClassLoader loader = new ChildFirst(getClass().getClassLoader(), LoadedModel.class.getName());
        Class<?> other = Class.forName(LoadedModel.class.getName(), true, loader);
        assertNotSame(LoadedModel.class, other);
        @SuppressWarnings({"unchecked", "rawtypes"})
        ModelMeta<?> meta = ModelMeta.of((Class) other);
        Object item = meta.newInstance();
        assertEquals(other, item.getClass());
        meta.columnByField("name").set(item, "z");
        meta.columnByField("quantity").set(item, 8);
        assertEquals("z", meta.columnByField("name").get(item));
        assertEquals(8, meta.columnByField("quantity").get(item));
        assertEquals("z", other.getField("name").get(item));
    }

    private static Throwable outcome(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Loads one class itself (so it lives in another loader and unnamed module), the rest from the parent. */
    private static final class ChildFirst extends ClassLoader {
        private final String own;

        ChildFirst(ClassLoader parent, String own) {
            super(parent);
            this.own = own;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(own)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c != null) {
                    return c;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    byte[] b = in.readAllBytes();
                    return defineClass(name, b, 0, b.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }
}
