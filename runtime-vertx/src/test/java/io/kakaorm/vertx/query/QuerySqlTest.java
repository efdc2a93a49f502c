package io.kakaorm.vertx.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kakaorm.Query;
import io.kakaorm.Sql;
import io.kakaorm.dialect.Dialects;
import io.kakaorm.spi.QueryAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The exact SQL and binds of every QuerySet construct on each dialect, in one table per dialect:
 * {@code construct → SQL [binds]}. Read this to see what a query sends.
 */
class QuerySqlTest {
    record TitleViews(String title, int views) {}

    static Map<String, String> render(String dialect) {
        RenderingExecutor ex = new RenderingExecutor(Dialects.forName(dialect));
        Map<String, String> out = new LinkedHashMap<>();
        Consumer<String> take = name -> out.put(name, ex.last().toString());
        Query<QPost> posts = QueryAccess.from(QPost.class, ex);
        int min = 100;
        posts.where(p -> p.published && p.views >= min)
                .where(p -> p.title.startsWith("J%_"))
                .orderByDesc(p -> p.views)
                .orderBy(p -> p.id)
                .limit(10)
                .offset(20)
                .list();
        take.accept("where/orderBy/limit/offset");
        posts.exclude(p -> p.score > 3.0).list(); // unboxing a null score throws: neither selected nor excluded
        take.accept("exclude");
        posts.offset(5).list();
        take.accept("offset without limit");
        posts.first();
        take.accept("first");
        posts.orderByDesc(p -> p.views).last();
        take.accept("last");
        posts.where(p -> p.views > 5).get();
        take.accept("get");
        posts.where(p -> p.published).count();
        take.accept("count");
        posts.limit(3).offset(1).count();
        take.accept("count with limit/offset");
        posts.where(p -> !p.published).exists();
        take.accept("exists");
        posts.sum(p -> p.views);
        take.accept("sum");
        posts.avg(p -> p.score);
        take.accept("avg");
        posts.max(p -> p.views);
        take.accept("max");
        posts.where(p -> p.published)
                .aggregate(a -> a.sum("total", p -> p.views).count("n"));
        take.accept("aggregate");
        posts.select(p -> new TitleViews(p.title, p.views)).list();
        take.accept("select record");
        posts.select(p -> p.title).list();
        take.accept("select column");
        posts.selectRows(p -> p.id, p -> p.title).alsoSelect(p -> p.views).list();
        take.accept("selectRows + alsoSelect");
        Query<QAuthor> active = QueryAccess.from(QAuthor.class, ex).where(a -> a.isActive);
        posts.where(p -> p.views > min && Sql.in(p.authorId, active)).list();
        take.accept("Sql.in subquery");
        posts.whereNotIn(p -> p.authorId, active.select(a -> a.id)).list();
        take.accept("whereNotIn column subquery");
        List<Long> ids = new ArrayList<>(List.of(1L, 2L));
        posts.where(p -> ids.contains(p.authorId)).list();
        take.accept("collection contains");
        posts.where(p -> p.views < 10).update(c -> c.set(p -> p.published, true).set(p -> p.views, 0));
        take.accept("update");
        posts.where(p -> p.score == null).delete();
        take.accept("delete");
        return out;
    }

    private static void check(String dialect, Map<String, String> expected) {
        Map<String, String> actual = render(dialect);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), dialect + " " + e.getKey());
        }
        assertEquals(expected.keySet(), actual.keySet());
    }

    @Test
    void sqlite() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(
                "where/orderBy/limit/offset",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE \"published\" AND (\"views\" >= ?) AND (INSTR(CAST(\"title\" AS BLOB), CAST(? AS BLOB)) = 1) ORDER BY \"views\" DESC, \"id\" LIMIT 10 OFFSET 20 [100, J%_]");
        m.put(
                "exclude",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE \"score\" IS NOT NULL AND (\"score\" <= ?) [3.0]");
        m.put(
                "offset without limit",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" LIMIT -1 OFFSET 5 []");
        m.put(
                "first",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" ORDER BY \"id\" LIMIT 1 []");
        m.put(
                "last",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" ORDER BY \"views\", \"id\" DESC LIMIT 1 []");
        m.put(
                "get",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE \"views\" > ? LIMIT 2 [5]");
        m.put("count", "SELECT COUNT(*) FROM \"q_post\" WHERE \"published\" []");
        m.put(
                "count with limit/offset",
                "SELECT COUNT(*) FROM (SELECT 1 AS \"one\" FROM \"q_post\" LIMIT 3 OFFSET 1) AS \"counted\" []");
        m.put("exists", "SELECT 1 FROM \"q_post\" WHERE NOT \"published\" LIMIT 1 []");
        m.put("sum", "SELECT SUM(\"views\") FROM \"q_post\" []");
        m.put("avg", "SELECT AVG(\"score\") FROM \"q_post\" []");
        m.put("max", "SELECT MAX(\"views\") FROM \"q_post\" []");
        m.put(
                "aggregate",
                "SELECT SUM(\"views\") AS \"total\", COUNT(*) AS \"n\" FROM \"q_post\" WHERE \"published\" []");
        m.put("select record", "SELECT \"title\", \"views\" FROM \"q_post\" []");
        m.put("select column", "SELECT \"title\" FROM \"q_post\" []");
        m.put(
                "selectRows + alsoSelect",
                "SELECT \"id\" AS \"id\", \"title\" AS \"title\", \"views\" AS \"views\" FROM \"q_post\" []");
        m.put(
                "Sql.in subquery",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE (\"views\" > ?) AND (\"author_id\" IN (SELECT \"id\" FROM \"q_author\" WHERE \"is_active\")) [100]");
        m.put(
                "whereNotIn column subquery",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE (\"author_id\" IN (SELECT \"id\" FROM \"q_author\" WHERE \"is_active\")) IS NOT TRUE []");
        m.put(
                "collection contains",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE \"author_id\" IN (?, ?) [1, 2]");
        m.put("update", "UPDATE \"q_post\" SET \"published\" = ?, \"views\" = ? WHERE \"views\" < ? [1, 0, 10]");
        m.put("delete", "DELETE FROM \"q_post\" WHERE \"score\" IS NULL []");
        check("sqlite", m);
    }

    @Test
    void postgres() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(
                "where/orderBy/limit/offset",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE \"published\" AND (\"views\" >= $1::int4) AND (\"title\" LIKE $2::text) ORDER BY \"views\" DESC, \"id\" LIMIT 10 OFFSET 20 [100, J\\%\\_%]");
        m.put(
                "exclude",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE \"score\" IS NOT NULL AND (\"score\" <= $1::float8) [3.0]");
        m.put(
                "offset without limit",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" OFFSET 5 []");
        m.put(
                "first",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" ORDER BY \"id\" LIMIT 1 []");
        m.put(
                "last",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" ORDER BY \"views\", \"id\" DESC LIMIT 1 []");
        m.put(
                "get",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE \"views\" > $1::int4 LIMIT 2 [5]");
        m.put("count", "SELECT COUNT(*) FROM \"q_post\" WHERE \"published\" []");
        m.put(
                "count with limit/offset",
                "SELECT COUNT(*) FROM (SELECT 1 AS \"one\" FROM \"q_post\" LIMIT 3 OFFSET 1) AS \"counted\" []");
        m.put("exists", "SELECT 1 FROM \"q_post\" WHERE NOT \"published\" LIMIT 1 []");
        m.put("sum", "SELECT SUM(\"views\") FROM \"q_post\" []");
        m.put("avg", "SELECT CAST(AVG(\"score\") AS DOUBLE PRECISION) FROM \"q_post\" []");
        m.put("max", "SELECT MAX(\"views\") FROM \"q_post\" []");
        m.put(
                "aggregate",
                "SELECT SUM(\"views\") AS \"total\", COUNT(*) AS \"n\" FROM \"q_post\" WHERE \"published\" []");
        m.put("select record", "SELECT \"title\", \"views\" FROM \"q_post\" []");
        m.put("select column", "SELECT \"title\" FROM \"q_post\" []");
        m.put(
                "selectRows + alsoSelect",
                "SELECT \"id\" AS \"id\", \"title\" AS \"title\", \"views\" AS \"views\" FROM \"q_post\" []");
        m.put(
                "Sql.in subquery",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE (\"views\" > $1::int4) AND (\"author_id\" IN (SELECT \"id\" FROM \"q_author\" WHERE \"is_active\")) [100]");
        m.put(
                "whereNotIn column subquery",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE (\"author_id\" IN (SELECT \"id\" FROM \"q_author\" WHERE \"is_active\")) IS NOT TRUE []");
        m.put(
                "collection contains",
                "SELECT \"id\", \"title\", \"body\", \"views\", \"score\", \"published\", \"author_id\" FROM \"q_post\" WHERE \"author_id\" IN ($1::int8, $2::int8) [1, 2]");
        m.put(
                "update",
                "UPDATE \"q_post\" SET \"published\" = $1::bool, \"views\" = $2::int4 WHERE \"views\" < $3::int4 [true, 0, 10]");
        m.put("delete", "DELETE FROM \"q_post\" WHERE \"score\" IS NULL []");
        check("postgres", m);
    }

    @Test
    void mysql() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(
                "where/orderBy/limit/offset",
                "SELECT `id`, `title`, `body`, `views`, `score`, `published`, `author_id` FROM `q_post` WHERE `published` AND (`views` >= ?) AND (`title` LIKE ?) ORDER BY `views` DESC, `id` LIMIT 10 OFFSET 20 [100, J\\%\\_%]");
        m.put(
                "exclude",
                "SELECT `id`, `title`, `body`, `views`, `score`, `published`, `author_id` FROM `q_post` WHERE `score` IS NOT NULL AND (`score` <= ?) [3.0]");
        m.put(
                "offset without limit",
                "SELECT `id`, `title`, `body`, `views`, `score`, `published`, `author_id` FROM `q_post` LIMIT 18446744073709551615 OFFSET 5 []");
        m.put(
                "first",
                "SELECT `id`, `title`, `body`, `views`, `score`, `published`, `author_id` FROM `q_post` ORDER BY `id` LIMIT 1 []");
        m.put(
                "last",
                "SELECT `id`, `title`, `body`, `views`, `score`, `published`, `author_id` FROM `q_post` ORDER BY `views`, `id` DESC LIMIT 1 []");
        m.put(
                "get",
                "SELECT `id`, `title`, `body`, `views`, `score`, `published`, `author_id` FROM `q_post` WHERE `views` > ? LIMIT 2 [5]");
        m.put("count", "SELECT COUNT(*) FROM `q_post` WHERE `published` []");
        m.put(
                "count with limit/offset",
                "SELECT COUNT(*) FROM (SELECT 1 AS `one` FROM `q_post` LIMIT 3 OFFSET 1) AS `counted` []");
        m.put("exists", "SELECT 1 FROM `q_post` WHERE NOT `published` LIMIT 1 []");
        m.put("sum", "SELECT SUM(`views`) FROM `q_post` []");
        m.put("avg", "SELECT CAST(AVG(`score`) AS DOUBLE) FROM `q_post` []");
        m.put("max", "SELECT MAX(`views`) FROM `q_post` []");
        m.put("aggregate", "SELECT SUM(`views`) AS `total`, COUNT(*) AS `n` FROM `q_post` WHERE `published` []");
        m.put("select record", "SELECT `title`, `views` FROM `q_post` []");
        m.put("select column", "SELECT `title` FROM `q_post` []");
        m.put(
                "selectRows + alsoSelect",
                "SELECT `id` AS `id`, `title` AS `title`, `views` AS `views` FROM `q_post` []");
        m.put(
                "Sql.in subquery",
                "SELECT `id`, `title`, `body`, `views`, `score`, `published`, `author_id` FROM `q_post` WHERE (`views` > ?) AND (`author_id` IN (SELECT `id` FROM `q_author` WHERE `is_active`)) [100]");
        m.put(
                "whereNotIn column subquery",
                "SELECT `id`, `title`, `body`, `views`, `score`, `published`, `author_id` FROM `q_post` WHERE (`author_id` IN (SELECT `id` FROM `q_author` WHERE `is_active`)) IS NOT TRUE []");
        m.put(
                "collection contains",
                "SELECT `id`, `title`, `body`, `views`, `score`, `published`, `author_id` FROM `q_post` WHERE `author_id` IN (?, ?) [1, 2]");
        m.put("update", "UPDATE `q_post` SET `published` = ?, `views` = ? WHERE `views` < ? [true, 0, 10]");
        m.put("delete", "DELETE FROM `q_post` WHERE `score` IS NULL []");
        check("mysql", m);
    }
}
