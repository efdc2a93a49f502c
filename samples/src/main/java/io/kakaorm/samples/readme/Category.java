package io.kakaorm.samples.readme;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** A category of a tree ({@code parentId} NULL at a root), for the README's recursive CTE example. */
@Table(name = "category")
public class Category extends Model<Category> {
    @Column(nullable = false)
    public String name;

    public Long parentId;
}
