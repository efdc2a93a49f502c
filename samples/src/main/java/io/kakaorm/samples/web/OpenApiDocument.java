package io.kakaorm.samples.web;

import io.kakaorm.json.JsonSchemas;
import io.kakaorm.json.SchemaKind;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The OpenAPI 3.1 document of the todo API, its schemas generated from {@link Todo} by
 * {@link JsonSchemas}. The router is built from it, so the document and the routes cannot disagree.
 */
final class OpenApiDocument {
    private OpenApiDocument() {}

    static JsonObject build() {
        JsonObject schemas = new JsonObject()
                .put("Todo", JsonSchemas.component(Todo.class, SchemaKind.RESPONSE))
                .put("TodoCreate", JsonSchemas.component(Todo.class, SchemaKind.CREATE))
                .put("TodoUpdate", JsonSchemas.component(Todo.class, SchemaKind.UPDATE))
                .put(
                        "Error",
                        new JsonObject()
                                .put("type", "object")
                                .put(
                                        "properties",
                                        new JsonObject().put("error", str()).put("message", str()))
                                .put("required", new JsonArray().add("error")))
                .put(
                        "ValidationError",
                        new JsonObject()
                                .put("type", "object")
                                .put(
                                        "properties",
                                        new JsonObject()
                                                .put("error", str())
                                                .put("model", str())
                                                .put(
                                                        "errors",
                                                        new JsonObject()
                                                                .put("type", "array")
                                                                .put(
                                                                        "items",
                                                                        new JsonObject()
                                                                                .put("type", "object")
                                                                                .put(
                                                                                        "properties",
                                                                                        new JsonObject()
                                                                                                .put("field", str())
                                                                                                .put("reason", str()))
                                                                                .put(
                                                                                        "required",
                                                                                        new JsonArray()
                                                                                                .add("field")
                                                                                                .add("reason")))))
                                .put("required", new JsonArray().add("error").add("errors")));
        JsonObject todos = new JsonObject()
                .put(
                        "get",
                        new JsonObject()
                                .put("operationId", "listTodos")
                                .put("summary", "Todos by id, a page at a time")
                                .put(
                                        "parameters",
                                        new JsonArray()
                                                .add(query(
                                                        "limit",
                                                        new JsonObject()
                                                                .put("type", "integer")
                                                                .put("minimum", 0)
                                                                .put("maximum", 1000)
                                                                .put("default", 100)))
                                                .add(query(
                                                        "offset",
                                                        new JsonObject()
                                                                .put("type", "integer")
                                                                .put("minimum", 0)
                                                                .put("default", 0)))
                                                .add(query("completed", new JsonObject().put("type", "boolean")))
                                                .add(query(
                                                        "q",
                                                        new JsonObject()
                                                                .put("type", "string")
                                                                .put("maxLength", 100))))
                                .put(
                                        "responses",
                                        new JsonObject()
                                                .put(
                                                        "200",
                                                        body(
                                                                "A page of todos",
                                                                new JsonObject()
                                                                        .put("type", "array")
                                                                        .put("items", ref("Todo"))))
                                                .put("400", body("Invalid parameters", ref("Error")))))
                .put(
                        "post",
                        new JsonObject()
                                .put("operationId", "createTodo")
                                .put("summary", "Create a todo")
                                .put(
                                        "requestBody",
                                        new JsonObject().put("required", true).put("content", json(ref("TodoCreate"))))
                                .put(
                                        "responses",
                                        new JsonObject()
                                                .put("201", body("Created; Location names it", ref("Todo")))
                                                .put("400", body("Invalid fields", ref("ValidationError")))
                                                .put("409", body("The title is taken", ref("Error")))));
        JsonObject todo = new JsonObject()
                .put(
                        "parameters",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("name", "id")
                                        .put("in", "path")
                                        .put("required", true)
                                        .put(
                                                "schema",
                                                new JsonObject()
                                                        .put("type", "integer")
                                                        .put("format", "int64")
                                                        .put("minimum", 1))))
                .put(
                        "get",
                        new JsonObject()
                                .put("operationId", "getTodo")
                                .put("summary", "One todo")
                                .put(
                                        "responses",
                                        new JsonObject()
                                                .put("200", body("The todo", ref("Todo")))
                                                .put("404", body("No such todo", ref("Error")))))
                .put(
                        "patch",
                        new JsonObject()
                                .put("operationId", "updateTodo")
                                .put("summary", "Change the given fields of a todo")
                                .put(
                                        "requestBody",
                                        new JsonObject().put("required", true).put("content", json(ref("TodoUpdate"))))
                                .put(
                                        "responses",
                                        new JsonObject()
                                                .put("200", body("The changed todo", ref("Todo")))
                                                .put("400", body("Invalid fields", ref("ValidationError")))
                                                .put("404", body("No such todo", ref("Error")))
                                                .put("409", body("The title is taken", ref("Error")))))
                .put(
                        "delete",
                        new JsonObject()
                                .put("operationId", "deleteTodo")
                                .put("summary", "Delete a todo")
                                .put(
                                        "responses",
                                        new JsonObject()
                                                .put("204", new JsonObject().put("description", "Deleted"))
                                                .put("404", body("No such todo", ref("Error")))));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "KakaORM todo API").put("version", "1.0.0"))
                .put("jsonSchemaDialect", JsonSchemas.DRAFT)
                .put("paths", new JsonObject().put("/todos", todos).put("/todos/{id}", todo))
                .put("components", new JsonObject().put("schemas", schemas));
    }

    private static JsonObject str() {
        return new JsonObject().put("type", "string");
    }

    private static JsonObject ref(String name) {
        return new JsonObject().put("$ref", "#/components/schemas/" + name);
    }

    private static JsonObject json(JsonObject schema) {
        return new JsonObject().put("application/json", new JsonObject().put("schema", schema));
    }

    private static JsonObject body(String description, JsonObject schema) {
        return new JsonObject().put("description", description).put("content", json(schema));
    }

    private static JsonObject query(String name, JsonObject schema) {
        return new JsonObject()
                .put("name", name)
                .put("in", "query")
                .put("required", false)
                .put("schema", schema);
    }
}
