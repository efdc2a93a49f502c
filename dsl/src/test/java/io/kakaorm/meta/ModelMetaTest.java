package io.kakaorm.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Column;
import io.kakaorm.Id;
import io.kakaorm.Index;
import io.kakaorm.Model;
import io.kakaorm.ModelDefinitionException;
import io.kakaorm.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Model metadata: names, keys, caching, and the bad models rejected with the class and field named. (A
 * foreign key to a non-model class does not compile: {@code @ForeignKey} takes a
 * {@code Class<? extends Model<?>>}.)
 */
class ModelMetaTest {

    public static class BlogPost extends Model<BlogPost> {
        @Column(nullable = false)
        public String title;

        public Long authorId;
        public int views;
    }

    public static class Country extends Model<Country> {
        @Id
        public String code;

        public String name;
    }

    public static class UnsupportedType extends Model<UnsupportedType> {
        public Map<String, String> tags;
    }

    public static class TwoIds extends Model<TwoIds> {
        @Id
        public Long a;

        @Id
        public Long b;
    }

    @Table(indexes = @Index({"title", "nope"}))
    public static class IndexOnUnknownField extends Model<IndexOnUnknownField> {
        public String title;
    }

    public static class NoNoArgConstructor extends Model<NoNoArgConstructor> {
        public String name;

        public NoNoArgConstructor(String name) {
            this.name = name;
        }
    }

    @Test
    void namesAreSnakeCaseAndTheImplicitIdComesFirst() {
        ModelMeta<BlogPost> m = ModelMeta.of(BlogPost.class);
        assertEquals("blog_post", m.table());
        assertEquals(
                List.of("id", "title", "author_id", "views"),
                m.columns().stream().map(ColumnMeta::name).toList());
        assertTrue(m.primaryKey().autoIncrement());
        assertTrue(!m.columnByField("title").nullable()
                && !m.columnByField("views").nullable());
        assertTrue(m.columnByField("authorId").nullable());
        assertSame(m, ModelMeta.of(BlogPost.class), "read once and cached");
    }

    @Test
    void anIdFieldReplacesTheImplicitKeyWithoutAutoIncrement() {
        ModelMeta<Country> m = ModelMeta.of(Country.class);
        assertEquals("code", m.primaryKey().name());
        assertTrue(!m.primaryKey().autoIncrement());
        assertEquals(
                List.of("code", "name"),
                m.columns().stream().map(ColumnMeta::name).toList());
    }

    private static ModelDefinitionException rejected(Class<?> model) {
        return assertThrows(ModelDefinitionException.class, () -> ModelMeta.of(model));
    }

    @Test
    void unsupportedFieldTypeNamesClassAndField() {
        ModelDefinitionException e = rejected(UnsupportedType.class);
        assertSame(UnsupportedType.class, e.modelClass());
        assertEquals("tags", e.field());
        assertTrue(e.getMessage().contains("UnsupportedType") && e.getMessage().contains("tags"), e.getMessage());
    }

    @Test
    void twoIdsAreRejected() {
        ModelDefinitionException e = rejected(TwoIds.class);
        assertTrue(e.getMessage().contains("TwoIds"), e.getMessage());
        assertTrue(e.getMessage().contains("@Id"), e.getMessage());
    }

    @Test
    void indexOnUnknownFieldNamesTheField() {
        ModelDefinitionException e = rejected(IndexOnUnknownField.class);
        assertEquals("nope", e.field());
    }

    @Test
    void missingNoArgConstructorIsRejected() {
        ModelDefinitionException e = rejected(NoNoArgConstructor.class);
        assertTrue(e.getMessage().contains("no-arg constructor"), e.getMessage());
    }
}
