package io.kakaorm.samples.web;

import io.kakaorm.NotFoundException;
import io.kakaorm.Query;
import io.kakaorm.json.ModelJson;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatedRequest;
import java.util.Map;

/** The handlers of the todo API's operations; parameters and bodies arrive validated by the router. */
final class TodoRoutes {
    private final Database db;

    TodoRoutes(Database db) {
        this.db = db;
    }

    /** Mounts each operation of the OpenAPI document on its handler. */
    void mount(RouterBuilder routes) {
        routes.getRoute("listTodos").addHandler(this::list);
        routes.getRoute("createTodo").addHandler(this::create);
        routes.getRoute("getTodo").addHandler(this::get);
        routes.getRoute("updateTodo").addHandler(this::update);
        routes.getRoute("deleteTodo").addHandler(this::delete);
    }

    // tag::web-list[]
    /** {@code GET /todos?limit=&offset=&completed=&q=}: a page in id order, optionally filtered. */
    void list(RoutingContext rc) {
        Map<String, RequestParameter> query = validated(rc).getQuery();
        Query<Todo> todos = db.from(Todo.class);
        RequestParameter completed = query.get("completed");
        if (completed != null && !completed.isNull()) {
            boolean wanted = completed.getBoolean();
            todos = todos.where(t -> t.completed == wanted);
        }
        RequestParameter q = query.get("q");
        if (q != null && !q.isNull()) {
            String text = q.getString();
            todos = todos.where(t -> t.title.contains(text));             // LIKE with wildcards escaped
        }
        todos.orderBy(t -> t.id)
                .limit(longParam(query, "limit", 100))
                .offset(longParam(query, "offset", 0))
                .list()
                .onSuccess(list -> ErrorResponses.json(rc, 200, ModelJson.toJsonArray(list).encode()))
                .onFailure(t -> ErrorResponses.send(rc, t));
    }
    // end::web-list[]

    // tag::web-create[]
    /** {@code POST /todos}: 201 with the todo and its Location; 400 with every bad field; 409 for a taken title. */
    void create(RoutingContext rc) {
        JsonObject body = validated(rc).getBody().getJsonObject();
        Future.succeededFuture(body)
                .map(b -> ModelJson.fromJson(Todo.class, b))              // ValidationException → 400
                .compose(db::save)                                         // IntegrityException (UNIQUE) → 409
                .onSuccess(todo -> {
                    rc.response().putHeader("Location", "/todos/" + todo.id);
                    ErrorResponses.json(rc, 201, todo.toJson());
                })
                .onFailure(t -> ErrorResponses.send(rc, t));
    }
    // end::web-create[]

    /** {@code GET /todos/{id}}: the todo or 404. */
    void get(RoutingContext rc) {
        db.get(Todo.class, id(rc))
                .onSuccess(todo -> ErrorResponses.json(rc, 200, todo.toJson()))
                .onFailure(t -> ErrorResponses.send(rc, t));
    }

    /** {@code PATCH /todos/{id}}: sets the given fields only; 400, 404 or 409 as for create. */
    void update(RoutingContext rc) {
        JsonObject body = validated(rc).getBody().getJsonObject();
        db.get(Todo.class, id(rc))
                .map(todo -> ModelJson.patch(todo, body))
                .compose(Todo::save)
                .onSuccess(todo -> ErrorResponses.json(rc, 200, todo.toJson()))
                .onFailure(t -> ErrorResponses.send(rc, t));
    }

    /** {@code DELETE /todos/{id}}: 204, or 404 when there was no such todo. */
    void delete(RoutingContext rc) {
        long id = id(rc);
        db.from(Todo.class)
                .where(t -> t.id == id)
                .delete()
                .compose(n -> n == 0
                        ? Future.failedFuture(new NotFoundException(Todo.class, "id " + id))
                        : Future.succeededFuture())
                .onSuccess(v -> rc.response().setStatusCode(204).end())
                .onFailure(t -> ErrorResponses.send(rc, t));
    }

    private static ValidatedRequest validated(RoutingContext rc) {
        return rc.get(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST);
    }

    private static long id(RoutingContext rc) {
        return validated(rc).getPathParameters().get("id").getLong();
    }

    private static long longParam(Map<String, RequestParameter> query, String name, long otherwise) {
        RequestParameter p = query.get(name);
        return p == null || p.isNull() ? otherwise : p.getLong();
    }
}
