/**
 * Models as Vert.x JSON, the seed's Pydantic methods: {@link io.kakaorm.json.ModelJson} ({@code toJson},
 * {@code toMap} with a {@link io.kakaorm.json.Dump}, {@code fromJson} and {@code patch} with field
 * validation into one {@link io.kakaorm.ValidationException}), and {@link io.kakaorm.json.JsonSchemas}
 * (JSON Schema 2020-12 of responses and create/update bodies).
 */
package io.kakaorm.json;
