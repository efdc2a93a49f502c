package io.kakaorm;

/** The database behind this dialect cannot do what was asked (e.g. RIGHT JOIN on old SQLite). */
public final class UnsupportedFeatureException extends KakaOrmException {
    private final String dialect;
    private final String construct;

    public UnsupportedFeatureException(String dialect, String construct) {
        super(construct + " is not supported by " + dialect);
        this.dialect = dialect;
        this.construct = construct;
    }

    /** The dialect's name: {@code postgres}, {@code mysql} or {@code sqlite}. */
    public String dialect() {
        return dialect;
    }

    /** The construct that is not supported. */
    public String construct() {
        return construct;
    }
}
