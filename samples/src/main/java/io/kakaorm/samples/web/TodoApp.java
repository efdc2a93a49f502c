package io.kakaorm.samples.web;

import io.kakaorm.migration.Migrator;
import io.kakaorm.vertx.ConnectOptions;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.KakaORM;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;

/**
 * The seed's FastAPI todo example on Vert.x Web: the model served as JSON, its OpenAPI 3.1 document
 * generated from it, served at {@code /openapi.json} and routing and validating every request, the
 * schema migrated at start-up.
 *
 * <pre>
 * mvn -q -pl samples -am test-compile exec:java@todo                     # SQLite in memory, port 8080
 * KAKAORM_URL=postgresql://user@localhost/app PORT=9000 mvn -q -pl samples -am test-compile exec:java@todo
 * mvn -q -pl samples -am test-compile exec:java@todo -Dexec.args="--url sqlite:./todo.db"
 * </pre>
 */
public final class TodoApp {
    private final Database db;
    private final HttpServer server;

    private TodoApp(Database db, HttpServer server) {
        this.db = db;
        this.server = server;
    }

    public static void main(String[] args) {
        String url = System.getenv().getOrDefault("KAKAORM_URL", "sqlite::memory:");
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--url")) {
                url = args[i + 1];
            }
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        Vertx vertx = Vertx.vertx();
        String where = url;
        start(vertx, ConnectOptions.parse(url), port)
                .onSuccess(app -> System.out.println("Todo API on http://localhost:" + app.port()
                        + "/todos (OpenAPI: /openapi.json), database " + where + ". Ctrl-C stops it."))
                .onFailure(t -> {
                    t.printStackTrace();
                    vertx.close();
                });
    }

    // tag::web-start[]
    /** Connects, migrates, builds the router from the generated OpenAPI document and listens on {@code port} (0: any). */
    public static Future<TodoApp> start(Vertx vertx, ConnectOptions options, int port) {
        JsonObject openApi = OpenApiDocument.build();
        return KakaORM.connect(vertx, options).compose(db -> new Migrator(db).plan(Todo.class)
                .compose(plan -> plan.isEmpty() ? Future.succeededFuture() : plan.apply())
                .compose(v -> OpenAPIContract.from(vertx, openApi.copy()))
                .compose(contract -> {
                    RouterBuilder routes = RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler());
                    routes.rootHandler(BodyHandler.create().setBodyLimit(64 * 1024));
                    new TodoRoutes(db).mount(routes);
                    Router router = Router.router(vertx);
                    router.get("/openapi.json").handler(rc -> ErrorResponses.json(rc, 200, openApi));
                    router.route().subRouter(routes.createRouter());
                    router.route().failureHandler(ErrorResponses::routerFailure);
                    router.errorHandler(404, ErrorResponses::routerFailure);
                    return vertx.createHttpServer().requestHandler(router).listen(port);
                })
                .map(server -> new TodoApp(db, server))
                .onFailure(t -> db.disconnect()));
    }
    // end::web-start[]

    /** The port the server listens on. */
    public int port() {
        return server.actualPort();
    }

    /** The database the app runs on. */
    public Database database() {
        return db;
    }

    /** Stops the server and closes the database. */
    public Future<Void> stop() {
        return server.close().eventually(db::disconnect);
    }
}
