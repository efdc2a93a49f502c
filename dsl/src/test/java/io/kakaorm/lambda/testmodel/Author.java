package io.kakaorm.lambda.testmodel;

import io.kakaorm.Model;

public class Author extends Model<Author> {
    public String name;
    public int age;
}
