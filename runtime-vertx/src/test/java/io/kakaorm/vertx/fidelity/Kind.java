package io.kakaorm.vertx.fidelity;

/** Declared out of alphabetical order, so that ordinal order and name order differ. */
public enum Kind {
    ZETA,
    ALPHA,
    MID,
    beta
}
