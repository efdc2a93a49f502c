/**
 * The lambda decoder: turns serializable query lambdas ({@link io.kakaorm.Filter},
 * {@link io.kakaorm.Selector}, {@link io.kakaorm.Filter2}) into {@link io.kakaorm.expr.Expr} trees by
 * running their bytecode symbolically with ASM. {@link io.kakaorm.lambda.LambdaDecoder} is the entry
 * point, {@link io.kakaorm.lambda.DecodedLambda} its result, {@link io.kakaorm.lambda.Exprs} a helper
 * for the query builder; everything else is package-private.
 *
 * <h2>How</h2>
 * The {@code SerializedLambda} comes from the lambda's synthetic {@code writeReplace} (captured values
 * are never serialized). The implementation method (a {@code lambda$…} body or the target of a method
 * reference) is read with ASM through the lambda's class loader, then executed symbolically: a
 * {@code Frame} of {@code SymbolicValue}s driven by an ASM {@code Interpreter}, forked at every
 * conditional jump. The resulting decision tree is folded back into {@code && || !} and CASE by the
 * short-circuit reduction of decompilers, then put in one canonical form (NOT pushed to the leaves,
 * AND/OR left-associated), so javac 17, javac 25 and ECJ give equal trees. Parameter slots are numbered
 * by first appearance.
 *
 * <h2>What translates</h2>
 * <ul>
 * <li>Columns: field reads on the row ({@code p.views}) and methods of the model called on the row,
 *     decoded from their body: getters ({@code p.getViews()}, {@code p.isPublished()}) and derived
 *     properties; method references ({@code Post::isPublished}, {@code Post::getTitle}, static
 *     {@code MyFilters::popular}).</li>
 * <li>Bind parameters, computed in Java on every call: captured locals, {@code this} fields, static
 *     fields, constants, and any row-independent sub-expression ({@code OffsetDateTime.now().minusDays(7)},
 *     {@code user.getId()}, {@code new BigDecimal("1.5")}). Never SQL literals.</li>
 * <li>{@code == != < <= > >=} on numbers (int, long, float, double, boxed, with widening), {@code equals},
 *     {@code Objects.equals}, {@code compareTo(x) op 0}, {@code Integer/Long/Double.compare},
 *     {@code isBefore/isAfter/isEqual}; {@code ==} on enums.</li>
 * <li>{@code == null}, {@code != null}, {@code Objects.isNull/nonNull}; {@code && || !} and the
 *     non-short-circuit {@code & | ^} on booleans; ternaries (CASE WHEN, or plain logic when a branch is
 *     {@code true}/{@code false}).</li>
 * <li>{@code + - * / %} and unary minus; {@code Math.abs}, with Java's int/long wrap-around
 *     ({@code Numeric}); casts and {@code xxxValue()} with Java's conversions;
 *     {@code (double) p.a / p.b} over whole numbers divides in floating point.</li>
 * <li>Strings: {@code equals, equalsIgnoreCase} (with a Java value), {@code startsWith, endsWith, contains,
 *     length} (UTF-16 units), {@code trim, strip, stripLeading, stripTrailing, isBlank, isEmpty, concat,
 *     compareTo} (UTF-16 order) and {@code +} in both compiled forms.</li>
 * <li>Enums by declaration order ({@code compareTo, ordinal, name}); date/time getters and
 *     {@code plus/minus} with Java's calendar ({@code TemporalMethods}).</li>
 * <li>{@code collection.contains(p.x)} (IN over the collection read at call time).</li>
 * <li>{@code io.kakaorm.Sql}: {@code like, ilike, in (collection, varargs, subquery), notIn, between,
 *     isNull, isNotNull, coalesce, count, sum, avg, min, max}.</li>
 * <li>Projections: {@code p -> new TitleViews(p.title, p.views)} (ternaries inside arguments too).</li>
 * </ul>
 *
 * <h2>What is refused</h2>
 * With {@link io.kakaorm.QueryTranslationException} naming the construct, file and line: any other
 * method called with row values ({@code String.matches} suggests {@code Sql.like}), loops, switches,
 * try/catch, throw, field or array assignment, objects created from row values outside a projection,
 * {@code ==} between non-enum objects, casts to float/byte/char of row values, case mapping
 * ({@code toUpperCase/toLowerCase}), floating-point division by a row value, Java's text of doubles,
 * calls whose value changes per call ({@code Volatiles}), {@code BigDecimal.equals} (scale
 * sensitive: use {@code compareTo}), bit operations on numbers, nested lambdas, anonymous classes, and lambdas declared in hidden
 * classes (no class file to read).
 *
 * <h2>Known limits</h2>
 * Floating-point overflow to infinity fails the query on PostgreSQL and MariaDB. A {@code Set<Long>} probed
 * with an {@code Integer} is always false in Java but compares numerically in SQL.
 */
package io.kakaorm.lambda;
