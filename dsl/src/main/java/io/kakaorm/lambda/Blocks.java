package io.kakaorm.lambda;

import static org.objectweb.asm.Opcodes.MONITORENTER;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The refusal of a method with an exception table: javac writes one for {@code try/catch/finally} and
 * also for a {@code synchronized} block (to release the monitor), which is named as what it is.
 */
final class Blocks {
    private Blocks() {}

    static Reject reject(MethodNode method, String prefix) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == MONITORENTER) {
                return new Reject(
                        prefix + "a synchronized block",
                        "query lambdas run as SQL, where there is nothing to lock; remove the synchronized block");
            }
        }
        return new Reject(
                prefix + "try/catch", "SQL raises no Java exceptions; compute such values outside the lambda");
    }
}
