package io.kakaorm.lambda.testmodel;

public record Flagged(String title, boolean hot) {}
