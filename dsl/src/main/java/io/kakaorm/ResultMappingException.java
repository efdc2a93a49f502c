package io.kakaorm;

/**
 * A row of a raw-SQL result could not become the requested record, model or value: a component or
 * field has no column with its name, a column's value does not convert to its type, or a NULL meets a
 * primitive. The message names the target member, the column and the SQL.
 */
public final class ResultMappingException extends KakaOrmException {
    private final Class<?> targetType;
    private final String member;
    private final String column;

    public ResultMappingException(
            Class<?> targetType, String member, String column, String problem, String sql, Throwable cause) {
        super(problem + "\n  SQL : " + sql, cause);
        this.targetType = targetType;
        this.member = member;
        this.column = column;
    }

    /** The record, model or value class the rows were mapped into. */
    public Class<?> targetType() {
        return targetType;
    }

    /** The record component or model field that could not be filled (a scalar result: {@code null}). */
    public String member() {
        return member;
    }

    /** The result column involved, or {@code null} when there was none for the member. */
    public String column() {
        return column;
    }
}
