package io.kakaorm.lambda;

import java.util.Set;

/**
 * Calls whose value changes from call to call or that read identity: translating them would evaluate
 * them once per query (a bind parameter), which is not what the Java means, so they are refused. Clock
 * reads ({@code LocalDate.now()}, {@code System.currentTimeMillis()}) are not here: they are evaluated
 * once per query, as the README documents.
 */
final class Volatiles {
    private static final Set<String> OWNERS = Set.of(
            "java/util/Random",
            "java/security/SecureRandom",
            "java/util/SplittableRandom",
            "java/util/concurrent/ThreadLocalRandom",
            "java/lang/Thread",
            "java/util/random/RandomGenerator");
    private static final Set<String> METHODS = Set.of(
            "java/lang/Math.random",
            "java/lang/StrictMath.random",
            "java/lang/System.nanoTime",
            "java/lang/System.identityHashCode",
            "java/util/UUID.randomUUID",
            "java/lang/Object.hashCode",
            "java/util/Objects.hash",
            "java/util/Objects.hashCode");

    private Volatiles() {}

    /** Refuses a call (or constructor) of {@code owner.name} that is not the same on every call. */
    static void check(String owner, String name, String desc) {
        if (OWNERS.contains(owner) || METHODS.contains(owner + "." + name)) {
            String what = name.equals("<init>")
                    ? "new " + owner.substring(owner.lastIndexOf('/') + 1) + "(…)"
                    : JvmTypes.describe(owner, name, desc);
            throw new Reject(
                    what + ", whose value changes from call to call (or is an identity)",
                    "compute the value once outside the lambda and capture it in a local variable");
        }
    }
}
