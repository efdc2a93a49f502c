package io.kakaorm.meta;

/**
 * The {@link FieldAccessor} of one column over its model's generated {@link RowAccess}. A value of another
 * box type than the field's (which the generated code rejects with a {@link ClassCastException}) goes
 * through the {@link java.lang.invoke.MethodHandle}-based {@code fallback}, so conversions stay exactly those of
 * {@link FieldAccessors}.
 *
 * @param access   the model's generated accessor
 * @param index    the field's index in it
 * @param fallback the MethodHandle accessor of the same field
 */
record GeneratedAccessor(RowAccess access, int index, FieldAccessor fallback) implements FieldAccessor {
    @Override
    public Object get(Object target) {
        return access.get(target, index);
    }

    @Override
    public void set(Object target, Object value) {
        try {
            access.set(target, index, value);
        } catch (ClassCastException e) {
            fallback.set(target, value);
        }
    }
}
