package io.kakaorm.samples.web;

import io.kakaorm.AutoNowAdd;
import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import java.time.OffsetDateTime;

/** The seed's FastAPI todo: served as JSON straight from the model, its schemas generated from it. */
@Table(name = "todo")
public class Todo extends Model<Todo> {
    @Column(nullable = false, maxLength = 100, unique = true)
    public String title;

    @Column(maxLength = 2000)
    public String description;

    public boolean completed = false;

    @AutoNowAdd
    public OffsetDateTime createdAt;
}
