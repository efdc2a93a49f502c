package io.kakaorm.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.Filter;
import io.kakaorm.QueryTranslationException;
import io.kakaorm.Selector;
import io.kakaorm.expr.Call;
import io.kakaorm.expr.Expr;
import io.kakaorm.lambda.testmodel.Post;
import io.kakaorm.lambda.testmodel.Status;
import io.kakaorm.lambda.testmodel.User;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Filter and value Selector fixture, run as Java on random rows and evaluated from its decoded
 * tree on the same rows, must agree; a row where a filter throws NullPointerException is selected neither by
 * its where form nor by its exclude form (rows where a value selector throws are skipped).
 * Seeded and reproducible: the seed is in the failure message.
 */
class DecoderDifferentialTest {
    private static final long SEED = 20261125L;
    private static final String[] STRINGS = {"Java", "java", "JAVA rocks", "Go", "", " a ", "J_va%", "x!s"};
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

    private static Post randomPost(Random r) {
        Post p = new Post();
        p.views = r.nextInt(24) - 3;
        p.likes = r.nextInt(24) - 3;
        p.score = (r.nextInt(44) - 4) / 2.0;
        p.rating = r.nextInt(4) == 0 ? null : r.nextInt(12) - 3;
        p.title = r.nextInt(10) == 0 ? null : STRINGS[r.nextInt(STRINGS.length)];
        p.body = r.nextInt(3) == 0 ? null : STRINGS[r.nextInt(STRINGS.length)];
        p.published = r.nextBoolean();
        p.price = BigDecimal.valueOf(r.nextInt(40) - 5, 1);
        p.day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(90));
        p.createdAt = NOW.minusHours(r.nextInt(24 * 14));
        p.authorId = r.nextInt(5) == 0 ? null : (long) r.nextInt(5);
        p.status = r.nextBoolean() ? Status.LIVE : Status.DRAFT;
        p.id = (long) r.nextInt(5);
        return p;
    }

    private static Object randomArg(Class<?> type, Random r) {
        if (type == int.class) {
            return r.nextInt(14) - 2;
        } else if (type == long.class) {
            return (long) r.nextInt(14) - 2;
        } else if (type == double.class) {
            return (r.nextInt(30) - 4) / 2.0;
        } else if (type == boolean.class) {
            return r.nextBoolean();
        } else if (type == String.class) {
            return STRINGS[r.nextInt(STRINGS.length)];
        } else if (type == Collection.class) {
            return r.nextBoolean() ? Set.of(1L, 3L) : List.of();
        } else if (type == BigDecimal.class) {
            return BigDecimal.valueOf(r.nextInt(30), 1);
        } else if (type == LocalDate.class) {
            return LocalDate.of(2024, 1, 1).plusDays(r.nextInt(90));
        } else if (type == User.class) {
            return new User(r.nextInt(5));
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(DecoderTestSupport.ALL_COMPILERS)
    void differential_decodedTreeSelectsWhatTheLambdaSelects(FixtureCompiler c) throws Exception {
        Random r = new Random(SEED);
        Class<?> fixtures = c.fixtureClass("Fixtures");
        List<Method> methods = new ArrayList<>();
        for (Method m : fixtures.getMethods()) {
            if (m.getDeclaringClass() == fixtures
                    && Modifier.isStatic(m.getModifiers())
                    && (m.getReturnType() == Filter.class || m.getReturnType() == Selector.class)
                    && !m.getName().equals("inSubquery")) { // a subquery has no plain-Java meaning
                methods.add(m);
            }
        }
        methods.sort((a, b) -> a.getName().compareTo(b.getName()));
        int compared = 0;
        int npe = 0;
        int fixturesCompared = 0;
        for (Method m : methods) {
            for (int variant = 0; variant < 5; variant++) {
                Object[] args = new Object[m.getParameterCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = randomArg(m.getParameterTypes()[i], r);
                }
                Serializable lambda = (Serializable) m.invoke(null, args);
                DecodedLambda d;
                try {
                    d = LambdaDecoder.decode(lambda);
                } catch (QueryTranslationException refused) {
                    continue; // refused constructs (case mapping, …) have no tree to compare
                }
                if (d.isProjection() || containsAggregate(d.expr())) {
                    continue;
                }
                Object[] params = d.params(lambda);
                int before = compared;
                for (int row = 0; row < 60; row++) {
                    Post p = randomPost(r);
                    Object inJava;
                    boolean threw = false;
                    try {
                        inJava = lambda instanceof Filter
                                ? ((Filter<Post>) lambda).test(p)
                                : ((Selector<Post, ?>) lambda).apply(p);
                    } catch (NullPointerException e) {
                        if (!(lambda instanceof Filter)) {
                            continue; // a value read where Java throws is NULL (a documented limit)
                        }
                        inJava = false; // a row where the filter throws is never selected
                        threw = true;
                        npe++;
                    }
                    Object tree = new ExprEvaluator(params, p).eval(d.expr());
                    if (inJava instanceof Boolean) {
                        tree = Boolean.TRUE.equals(tree);
                    }
                    assertEquals(
                            inJava,
                            tree,
                            () -> m.getName() + " by " + c + " (seed " + SEED + ") on " + p.toMap() + " with "
                                    + Arrays.toString(params) + ": " + d.expr());
                    if (lambda instanceof Filter) {
                        // exclude: the rows where Java returns false, neither those nor the ones where it throws
                        Expr excluded = d.filter(true, source -> false);
                        boolean expected = !threw && !(Boolean) inJava;
                        assertEquals(
                                expected,
                                Boolean.TRUE.equals(new ExprEvaluator(params, p).eval(excluded)),
                                () -> "exclude " + m.getName() + " by " + c + " (seed " + SEED + ") on " + p.toMap()
                                        + " with " + Arrays.toString(params) + ": " + excluded);
                    }
                    compared++;
                }
                fixturesCompared += compared > before ? 1 : 0;
            }
        }
        assertTrue(compared > 5_000, "compared " + compared);
        assertTrue(npe > 100, "rows where a filter throws NullPointerException: " + npe);
        assertTrue(fixturesCompared > 300, "fixtures compared " + fixturesCompared);
    }

    private static boolean containsAggregate(Expr e) {
        return e instanceof Call && ((Call) e).function().isAggregate();
    }
}
