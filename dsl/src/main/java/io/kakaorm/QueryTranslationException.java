package io.kakaorm;

/**
 * A query lambda uses something KakaORM cannot translate to SQL with the same meaning. Nothing was sent
 * to the database. The message names the construct, the lambda's source file and line and, when there is
 * one, the way to write it instead:
 * {@code Cannot translate String.matches(String) in lambda at PostService.java:42; use Sql.like(...) for
 * patterns}.
 */
public final class QueryTranslationException extends KakaOrmException {
    private final String construct;
    private final String hint;
    private final transient Class<?> lambdaClass;
    private final String sourceFile;
    private final int line;
    private final String context;

    /**
     * @param construct   what could not be translated, e.g. {@code String.matches(String)}
     * @param hint        what to write instead, or {@code null}
     * @param lambdaClass the class that declares the lambda (or the method referenced)
     * @param sourceFile  its source file from the class file, or {@code null} when unknown
     * @param line        the source line, or {@code -1} when unknown
     */
    public QueryTranslationException(String construct, String hint, Class<?> lambdaClass, String sourceFile, int line) {
        this(construct, hint, lambdaClass, sourceFile, line, null, null);
    }

    /**
     * As {@link #QueryTranslationException(String, String, Class, String, int)}, for a failure caused by
     * another exception (e.g. the decoder met bytecode it does not know).
     */
    public QueryTranslationException(
            String construct, String hint, Class<?> lambdaClass, String sourceFile, int line, Throwable cause) {
        this(construct, hint, lambdaClass, sourceFile, line, null, cause);
    }

    private QueryTranslationException(
            String construct,
            String hint,
            Class<?> lambdaClass,
            String sourceFile,
            int line,
            String context,
            Throwable cause) {
        super(message(construct, hint, lambdaClass, sourceFile, line, context), cause);
        this.construct = construct;
        this.hint = hint;
        this.lambdaClass = lambdaClass;
        this.sourceFile = sourceFile;
        this.line = line;
        this.context = context;
    }

    /**
     * This exception with the query method that received the lambda named in the message, e.g.
     * {@code Query<Post>.where}.
     */
    public QueryTranslationException withContext(String queryMethod) {
        return new QueryTranslationException(construct, hint, lambdaClass, sourceFile, line, queryMethod, this);
    }

    /** What could not be translated, e.g. {@code String.matches(String)} or {@code a loop}. */
    public String construct() {
        return construct;
    }

    /** What to write instead, or {@code null}. */
    public String hint() {
        return hint;
    }

    /** The class that declares the lambda's code (may be {@code null} after deserialization). */
    public Class<?> lambdaClass() {
        return lambdaClass;
    }

    /** The source file recorded in the class file, or {@code null}. */
    public String sourceFile() {
        return sourceFile;
    }

    /** The source line of the construct, or {@code -1} when the class has no line numbers. */
    public int line() {
        return line;
    }

    /** The query method named by {@link #withContext(String)}, or {@code null}. */
    public String context() {
        return context;
    }

    private static String message(
            String construct, String hint, Class<?> lambdaClass, String sourceFile, int line, String context) {
        StringBuilder sb =
                new StringBuilder("Cannot translate ").append(construct).append(" in lambda at ");
        if (sourceFile != null) {
            sb.append(sourceFile);
        } else {
            sb.append(lambdaClass == null ? "<unknown>" : lambdaClass.getName());
        }
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (context != null) {
            sb.append(" (").append(context).append(')');
        }
        if (hint != null) {
            sb.append("; ").append(hint);
        }
        return sb.toString();
    }
}
