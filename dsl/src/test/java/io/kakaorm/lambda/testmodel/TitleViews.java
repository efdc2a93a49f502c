package io.kakaorm.lambda.testmodel;

public record TitleViews(String title, int views) {}
