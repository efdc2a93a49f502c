package io.kakaorm.samples.web;

import static io.kakaorm.vertx.testing.TestDatabases.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kakaorm.vertx.testing.TestDatabases;
import io.kakaorm.vertx.testing.TestDb;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The todo API over real HTTP, started on a free port, on every database. */
@ExtendWith(TestDatabases.class)
class TodoAppTest {

    /** The app on {@code which}, and a client pointed at it; both closed after the test. */
    private static final class Running {
        final Vertx vertx = Vertx.vertx();
        final TodoApp app;
        final WebClient http;

        Running(TestDb which) {
            app = await(TodoApp.start(vertx, TestDatabases.options(which), 0));
            http = WebClient.create(
                    vertx, new WebClientOptions().setDefaultHost("localhost").setDefaultPort(app.port()));
            TestDatabases.register(() -> {
                http.close();
                await(app.stop());
                await(vertx.close());
            });
        }

        HttpResponse<Buffer> send(HttpMethod method, String uri, Object body) {
            var req = http.request(method, uri);
            return await(
                    body == null
                            ? req.send()
                            : req.putHeader("content-type", "application/json")
                                    .sendBuffer(Buffer.buffer(body.toString())));
        }

        Future<HttpResponse<Buffer>> post(JsonObject body) {
            return http.post("/todos").sendJsonObject(body);
        }
    }

    private static JsonObject todo(String title) {
        return new JsonObject().put("title", title);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void everyRouteAnswersAsTheOpenApiDocumentSays(TestDb which) {
        Running r = new Running(which);

        HttpResponse<Buffer> created = await(r.post(todo("Write the README").put("description", "with curl")));
        assertEquals(201, created.statusCode(), created.bodyAsString());
        JsonObject body = created.bodyAsJsonObject();
        long id = body.getLong("id");
        assertEquals("/todos/" + id, created.getHeader("Location"));
        assertEquals("Write the README", body.getString("title"));
        assertEquals(false, body.getBoolean("completed"));
        assertNotNull(body.getString("createdAt"));

        HttpResponse<Buffer> got = r.send(HttpMethod.GET, "/todos/" + id, null);
        assertEquals(200, got.statusCode());
        assertEquals(body, got.bodyAsJsonObject());

        HttpResponse<Buffer> patched =
                r.send(HttpMethod.PATCH, "/todos/" + id, new JsonObject().put("completed", true));
        assertEquals(200, patched.statusCode(), patched.bodyAsString());
        assertEquals(true, patched.bodyAsJsonObject().getBoolean("completed"));
        assertEquals("with curl", patched.bodyAsJsonObject().getString("description"), "absent fields stay");
        assertEquals(
                true,
                r.send(HttpMethod.GET, "/todos/" + id, null).bodyAsJsonObject().getBoolean("completed"));

        await(r.post(todo("Buy milk")));
        await(r.post(todo("Buy 100% wool")));
        JsonArray open = r.send(HttpMethod.GET, "/todos?completed=false", null).bodyAsJsonArray();
        assertEquals(List.of("Buy milk", "Buy 100% wool"), titles(open));
        assertEquals(
                List.of("Buy 100% wool"),
                titles(r.send(HttpMethod.GET, "/todos?q=wool", null).bodyAsJsonArray()));
        assertEquals(
                List.of("Buy milk"),
                titles(r.send(HttpMethod.GET, "/todos?limit=1&offset=1", null).bodyAsJsonArray()));

        HttpResponse<Buffer> deleted = r.send(HttpMethod.DELETE, "/todos/" + id, null);
        assertEquals(204, deleted.statusCode());
        assertEquals(404, r.send(HttpMethod.DELETE, "/todos/" + id, null).statusCode());
        HttpResponse<Buffer> missing = r.send(HttpMethod.GET, "/todos/" + id, null);
        assertEquals(404, missing.statusCode());
        assertEquals("not-found", missing.bodyAsJsonObject().getString("error"));
        assertEquals(
                404,
                r.send(HttpMethod.PATCH, "/todos/" + id, new JsonObject().put("completed", false))
                        .statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void badInputIs400WithEveryFieldAndATakenTitleIs409(TestDb which) {
        Running r = new Running(which);
        HttpResponse<Buffer> bad = await(r.post(
                new JsonObject().put("description", 7).put("colour", "red").put("id", 3)));
        assertEquals(400, bad.statusCode());
        JsonObject errors = bad.bodyAsJsonObject();
        assertEquals("validation", errors.getString("error"));
        Set<String> fields = errors.getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("description", "colour", "id", "title"), fields);

        HttpResponse<Buffer> tooLong = await(r.post(todo("x".repeat(101))));
        assertEquals(400, tooLong.statusCode());
        assertEquals(
                "title",
                tooLong.bodyAsJsonObject()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"));

        assertEquals(400, r.send(HttpMethod.GET, "/todos?limit=abc", null).statusCode());
        assertEquals(400, r.send(HttpMethod.GET, "/todos/zero", null).statusCode());

        assertEquals(201, await(r.post(todo("unique"))).statusCode());
        HttpResponse<Buffer> dup = await(r.post(todo("unique")));
        assertEquals(409, dup.statusCode(), dup.bodyAsString());
        assertEquals("conflict", dup.bodyAsJsonObject().getString("error"));
        long other = await(r.post(todo("other"))).bodyAsJsonObject().getLong("id");
        assertEquals(
                409,
                r.send(HttpMethod.PATCH, "/todos/" + other, new JsonObject().put("title", "unique"))
                        .statusCode());
        HttpResponse<Buffer> nulled = r.send(HttpMethod.PATCH, "/todos/" + other, new JsonObject().put("title", null));
        assertEquals(400, nulled.statusCode());
        assertEquals(
                "must not be null",
                nulled.bodyAsJsonObject()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("reason"));
        assertEquals(2, r.send(HttpMethod.GET, "/todos", null).bodyAsJsonArray().size(), "nothing bad was written");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDb.class)
    void hundredConcurrentCreatesAllLand(TestDb which) {
        Running r = new Running(which);
        List<Future<HttpResponse<Buffer>>> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            all.add(r.post(todo("todo " + i)));
        }
        await(Future.all(all));
        Set<Long> ids = new HashSet<>();
        for (Future<HttpResponse<Buffer>> f : all) {
            assertEquals(201, f.result().statusCode(), f.result().bodyAsString());
            ids.add(f.result().bodyAsJsonObject().getLong("id"));
        }
        assertEquals(100, ids.size());
        JsonArray list = r.send(HttpMethod.GET, "/todos?limit=1000", null).bodyAsJsonArray();
        assertEquals(100, list.size());
        Set<String> titles = new HashSet<>(titles(list));
        for (int i = 0; i < 100; i++) {
            assertTrue(titles.contains("todo " + i), "todo " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDb.class, names = "SQLITE")
    void servesItsOpenApiDocumentWhichVertxAccepts(TestDb which) {
        Running r = new Running(which);
        HttpResponse<Buffer> doc = r.send(HttpMethod.GET, "/openapi.json", null);
        assertEquals(200, doc.statusCode());
        JsonObject openApi = doc.bodyAsJsonObject();
        assertEquals("3.1.0", openApi.getString("openapi"));
        assertEquals(OpenApiDocument.build(), openApi);
        OpenAPIContract contract = await(OpenAPIContract.from(r.vertx, openApi));
        assertEquals(5, contract.operations().size());
        JsonObject create =
                openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject("TodoCreate");
        assertEquals(new JsonArray().add("title"), create.getJsonArray("required"));
        assertEquals(404, r.send(HttpMethod.GET, "/nothing", null).statusCode());
    }

    private static List<String> titles(JsonArray todos) {
        return todos.stream().map(t -> ((JsonObject) t).getString("title")).toList();
    }
}
