package io.kakaorm.lambda.testmodel;

/** Not a model: a captured value whose getter runs in Java. */
public final class User {
    private final long id;

    public User(long id) {
        this.id = id;
    }

    public long getId() {
        return id;
    }
}
