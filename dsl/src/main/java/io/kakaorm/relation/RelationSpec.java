package io.kakaorm.relation;

import io.kakaorm.meta.ColumnMeta;

/**
 * A relation resolved against both models: which owner column's value is matched with which target
 * column. For {@code belongsTo} that is the owner's foreign key against the target's primary key; for
 * {@code hasMany}/{@code hasOne} the owner's primary key against the target's foreign key.
 *
 * @param owner        the model declaring the relation
 * @param name         the relation's field name
 * @param target       the related model
 * @param many         whether the value is a list
 * @param ownerColumn  the owner column whose value is looked up
 * @param targetColumn the target column matched against it
 */
record RelationSpec(
        Class<?> owner, String name, Class<?> target, boolean many, ColumnMeta ownerColumn, ColumnMeta targetColumn) {

    /** {@code Owner.name}, for messages. */
    String label() {
        return owner.getSimpleName() + "." + name;
    }
}
