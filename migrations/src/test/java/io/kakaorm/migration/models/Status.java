package io.kakaorm.migration.models;

public enum Status {
    DRAFT,
    PUBLISHED
}
