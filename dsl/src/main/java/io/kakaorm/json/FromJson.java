package io.kakaorm.json;

/**
 * What {@link ModelJson#fromJson(Class, io.vertx.core.json.JsonObject, FromJson)} accepts beyond the
 * model's writable fields. By default (the seed's mass-assignment rule) a key that is no field of the
 * model, a database-generated primary key, and {@code @AutoNow}/{@code @AutoNowAdd} fields are errors.
 * Immutable.
 *
 * @param ignoreUnknown     unknown keys are skipped instead of rejected
 * @param allowPrimaryKey   a generated primary key may be given (e.g. to import rows)
 * @param allowAutoTimes    {@code @AutoNow}/{@code @AutoNowAdd} fields may be given (save still sets them)
 */
public record FromJson(boolean ignoreUnknown, boolean allowPrimaryKey, boolean allowAutoTimes) {
    private static final FromJson STRICT = new FromJson(false, false, false);

    /** Only the model's writable fields; anything else is an error. */
    public static FromJson strict() {
        return STRICT;
    }

    /** This policy, skipping unknown keys. */
    public FromJson ignoringUnknown() {
        return new FromJson(true, allowPrimaryKey, allowAutoTimes);
    }

    /** This policy, accepting the generated primary key. */
    public FromJson allowingPrimaryKey() {
        return new FromJson(ignoreUnknown, true, allowAutoTimes);
    }

    /** This policy, accepting {@code @AutoNow}/{@code @AutoNowAdd} fields. */
    public FromJson allowingAutoTimes() {
        return new FromJson(ignoreUnknown, allowPrimaryKey, true);
    }
}
