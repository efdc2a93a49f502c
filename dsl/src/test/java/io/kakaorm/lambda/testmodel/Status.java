package io.kakaorm.lambda.testmodel;

public enum Status {
    DRAFT,
    LIVE
}
