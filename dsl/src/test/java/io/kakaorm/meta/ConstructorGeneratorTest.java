package io.kakaorm.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kakaorm.meta.other.Hidden;
import java.math.BigDecimal;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ConstructorGeneratorTest {
    /** Every primitive kind, a box, a reference type, a nullable reference. */
    private record Wide(
            int i,
            long l,
            double d,
            float f,
            boolean b,
            short s,
            byte y,
            char c,
            Integer boxed,
            String text,
            BigDecimal dec) {}

    private record Checked(int n) {
        Checked {
            if (n < 0) {
                throw new IllegalArgumentException("negative: " + n);
            }
        }
    }

    @Test
    void callsAPrivateRecordsConstructorWithUnboxedArguments() throws Exception {
        Function<Object[], Object> call = ConstructorGenerator.caller(Wide.class.getDeclaredConstructors()[0]);
        assertNotNull(call, "a private nested record is reachable as a nestmate");
        Object got = call.apply(new Object[] {
            -7, Long.MIN_VALUE, 2.5, 1.25f, true, (short) 3, (byte) -1, 'x', null, "t", new BigDecimal("1.10")
        });
        assertEquals(
                new Wide(
                        -7,
                        Long.MIN_VALUE,
                        2.5,
                        1.25f,
                        true,
                        (short) 3,
                        (byte) -1,
                        'x',
                        null,
                        "t",
                        new BigDecimal("1.10")),
                got);
    }

    @Test
    void theConstructorsOwnExceptionReachesTheCaller() {
        Function<Object[], Object> call =
                ConstructorGenerator.caller(Checked.class.getDeclaredConstructors()[0]);
        assertEquals(new Checked(4), call.apply(new Object[] {4}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call.apply(new Object[] {-1}));
        assertEquals("negative: -1", e.getMessage());
        assertThrows(ClassCastException.class, () -> call.apply(new Object[] {"4"}));
    }

    @Test
    void aParameterTypeThePackageCannotNameIsLeftToTheCaller() {
        assertEquals(false, ConstructorGenerator.nameable(Hidden.handleClass(), Wide.class));
        assertEquals(true, ConstructorGenerator.nameable(Hidden.handleClass(), Hidden.class));
        assertEquals(true, ConstructorGenerator.nameable(BigDecimal[].class, Wide.class));
        assertEquals(true, ConstructorGenerator.nameable(long.class, Wide.class));
    }
}
