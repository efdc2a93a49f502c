package io.kakaorm.vertx.cte;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Cte;
import io.kakaorm.Pair;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Named subqueries ({@link Cte}): joined and filtered against like a table, on every database, compared with Java. */
@ExtendWith(TestDatabases.class)
class CteTest {
    public record DeptEmployee(String department, String employee) {}

    private static final class Staff {
        final Database db;
        final List<CDepartment> depts = new ArrayList<>();
        final List<CEmployee> emps = new ArrayList<>();

        Staff(TestDb testDb) {
            db = TestDatabases.open(testDb);
            await(db.createTable(CDepartment.class));
            await(db.createTable(CEmployee.class));
            for (String n : List.of("Sales", "Research", "Support")) { // Support has no high earner
                CDepartment d = CDepartment.of(n);
                await(db.save(d));
                depts.add(d);
            }
            Object[][] rows = {
                {"Ann", 1500, 0},
                {"Bob", 900, 0},
                {"Cid", 1000, 1},
                {"Dee", 2000, 1},
                {"Eve", 400, 2},
                {"Fay", 5000, null},
                {"Gus", 999, 2}
            };
            for (Object[] r : rows) {
                CEmployee e =
                        CEmployee.of((String) r[0], (Integer) r[1], r[2] == null ? null : depts.get((Integer) r[2]).id);
                await(db.save(e));
                emps.add(e);
            }
        }

        String dept(Long id) {
            return depts.stream()
                    .filter(d -> Objects.equals(d.id, id))
                    .map(d -> d.name)
                    .findFirst()
                    .orElse(null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void cte_richDepartmentsJoinedLikeATable(TestDb testDb) {
        Staff s = new Staff(testDb);
        int min = 1000;
        Cte<CEmployee> highEarners =
                Cte.with("high_earners", s.db.from(CEmployee.class).where(e -> e.salary >= min));
        var joined = s.db.from(CDepartment.class).join(highEarners, (d, e) -> e.deptId.equals(d.id));
        List<DeptEmployee> actual = await(joined.orderBy((d, e) -> d.name)
                .orderBy((d, e) -> e.name)
                .select((d, e) -> new DeptEmployee(d.name, e.name))
                .list());
        List<DeptEmployee> expected = s.emps.stream()
                .filter(e -> e.salary >= min && e.deptId != null)
                .map(e -> new DeptEmployee(s.dept(e.deptId), e.name))
                .sorted(Comparator.comparing(DeptEmployee::department).thenComparing(DeptEmployee::employee))
                .toList();
        assertEquals(expected, actual);
        assertEquals(
                List.of(
                        new DeptEmployee("Research", "Cid"),
                        new DeptEmployee("Research", "Dee"),
                        new DeptEmployee("Sales", "Ann")),
                actual,
                "the case selects something");
        assertEquals(3L, await(joined.count()));
        assertEquals(1L, await(joined.where((d, e) -> e.salary > 1500).count()));
        String sql = joined.toSql();
        assertTrue(sql.startsWith("WITH ") && sql.contains("high_earners") && sql.contains(" JOIN "), sql);
        assertTrue(
                highEarners.query().toSql().contains("FROM " + quoted(testDb, "high_earners")),
                highEarners.query().toSql());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void cte_readAloneFilteredAndLeftJoined(TestDb testDb) {
        Staff s = new Staff(testDb);
        Cte<CEmployee> highEarners =
                Cte.with("high_earners", s.db.from(CEmployee.class).where(e -> e.salary >= 1000));
        // read alone, filtered again, ordered, counted
        List<String> names =
                await(highEarners
                                .query()
                                .where(e -> e.deptId != null)
                                .orderByDesc(e -> e.salary)
                                .list())
                        .stream()
                        .map(e -> e.name)
                        .toList();
        assertEquals(List.of("Dee", "Ann", "Cid"), names);
        assertEquals(4L, await(highEarners.query().count()));
        CEmployee fay = await(highEarners.query().where(e -> e.deptId == null).get());
        assertEquals("Fay", fay.name);
        // filtered against: departments with a high earner, by IN over the subquery's column
        List<String> rich = await(s.db.from(CDepartment.class)
                        .whereIn(d -> d.id, highEarners.query().select(e -> e.deptId))
                        .orderBy(d -> d.name)
                        .list())
                .stream()
                .map(d -> d.name)
                .toList();
        assertEquals(List.of("Research", "Sales"), rich);
        List<String> poor = await(s.db.from(CDepartment.class)
                        .whereNotIn(
                                d -> d.id,
                                highEarners.query().where(e -> e.deptId != null).select(e -> e.deptId))
                        .list())
                .stream()
                .map(d -> d.name)
                .toList();
        assertEquals(List.of("Support"), poor);
        // left join: a department without high earners gets null
        List<Pair<CDepartment, CEmployee>> pairs = await(s.db.from(CDepartment.class)
                .leftJoin(highEarners, (d, e) -> e.deptId.equals(d.id))
                .orderBy((d, e) -> d.id)
                .list());
        assertEquals(4, pairs.size());
        Pair<CDepartment, CEmployee> last = pairs.get(pairs.size() - 1);
        assertEquals("Support", last.first().name);
        assertNull(last.second());
        // a CTE whose body has its own order and limit: the two best paid
        Cte<CEmployee> top2 = Cte.with(
                "top2", s.db.from(CEmployee.class).orderByDesc(e -> e.salary).limit(2));
        assertEquals(
                List.of("Dee", "Fay"),
                await(top2.query().orderBy(e -> e.name).list()).stream()
                        .map(e -> e.name)
                        .toList());
    }

    public record Above(String department, String employee, String earner) {}

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void cte_joinedAsTheThirdTableOfATwoModelJoin(TestDb testDb) {
        Staff s = new Staff(testDb);
        int min = 1000;
        String skipped = "Support";
        Cte<CEmployee> highEarners =
                Cte.with("high_earners", s.db.from(CEmployee.class).where(e -> e.salary >= min));
        // every employee of a department (a parameter before the subquery's) with each high earner of the same
        // department paid more (a condition over all three rows)
        var inner = s.db.from(CDepartment.class)
                .where(d -> !d.name.equals(skipped))
                .join(CEmployee.class, (d, e) -> e.deptId.equals(d.id))
                .join(highEarners, (d, e, h) -> h.deptId.equals(d.id) && h.salary > e.salary);
        List<Above> actual = await(inner.orderBy((d, e, h) -> e.name)
                .orderBy((d, e, h) -> h.name)
                .select((d, e, h) -> new Above(d.name, e.name, h.name))
                .list());
        List<Above> expected = new ArrayList<>();
        for (CEmployee e : s.emps) {
            String dept = s.dept(e.deptId);
            if (dept == null || dept.equals(skipped)) {
                continue;
            }
            for (CEmployee h : s.emps) {
                if (h.salary >= min && Objects.equals(h.deptId, e.deptId) && h.salary > e.salary) {
                    expected.add(new Above(dept, e.name, h.name));
                }
            }
        }
        expected.sort(Comparator.comparing(Above::employee).thenComparing(Above::earner));
        assertEquals(expected, actual);
        assertEquals(
                List.of(new Above("Sales", "Bob", "Ann"), new Above("Research", "Cid", "Dee")),
                actual,
                "the case selects something");
        assertEquals(2L, await(inner.count()));
        String sql = inner.toSql();
        assertTrue(sql.startsWith("WITH ") && sql.contains("high_earners"), sql);
        // left join: every employee of a department, the high earner row (itself, or null) by key
        var left = s.db.from(CDepartment.class)
                .join(CEmployee.class, (d, e) -> e.deptId.equals(d.id))
                .leftJoin(highEarners, (d, e, h) -> h.id.equals(e.id));
        List<Above> flags = await(left.orderBy((d, e, h) -> e.name)
                .select((d, e, h) -> new Above(d.name, e.name, h == null ? null : h.name))
                .list());
        List<Above> expectedFlags = s.emps.stream()
                .filter(e -> e.deptId != null)
                .map(e -> new Above(s.dept(e.deptId), e.name, e.salary >= min ? e.name : null))
                .sorted(Comparator.comparing(Above::employee))
                .toList();
        assertEquals(expectedFlags, flags);
        assertTrue(flags.stream().anyMatch(a -> a.earner() == null)
                && flags.stream().anyMatch(a -> a.earner() != null));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void cte_refusals(TestDb testDb) {
        Staff s = new Staff(testDb);
        assertThrows(IllegalArgumentException.class, () -> Cte.with("x; drop", s.db.from(CEmployee.class)));
        assertThrows(IllegalArgumentException.class, () -> Cte.with("cte_employee", s.db.from(CEmployee.class)));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Cte.withRecursive("t", s.db.from(CEmployee.class).limit(1), (c, p) -> c.deptId.equals(p.id)));
        assertTrue(e.getMessage().contains("anchor"), e.getMessage());
        IllegalStateException notRecursive = assertThrows(
                IllegalStateException.class,
                () -> Cte.with("t", s.db.from(CEmployee.class)).leveled());
        assertTrue(notRecursive.getMessage().contains("withRecursive"), notRecursive.getMessage());
    }

    static String quoted(TestDb db, String name) {
        return db == TestDb.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
    }
}
