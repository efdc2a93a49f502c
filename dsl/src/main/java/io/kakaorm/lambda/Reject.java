package io.kakaorm.lambda;

/** Thrown inside the decoder for an untranslatable construct; the driver adds the source position. */
final class Reject extends RuntimeException {
    final String construct;
    final String hint;

    Reject(String construct, String hint) {
        super(construct, null, false, false);
        this.construct = construct;
        this.hint = hint;
    }

    Reject(String construct) {
        this(construct, null);
    }
}
