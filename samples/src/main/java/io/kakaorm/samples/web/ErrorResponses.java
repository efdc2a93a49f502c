package io.kakaorm.samples.web;

import io.kakaorm.IntegrityException;
import io.kakaorm.NotFoundException;
import io.kakaorm.ValidationException;
import io.kakaorm.json.ModelJson;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.openapi.validation.ValidatorException;

/**
 * Failures as JSON responses: 400 with every bad field ({@link ValidationException#toJson()}), 404 for a
 * missing id, 409 for a unique violation, 500 for anything else (logged, not shown).
 */
final class ErrorResponses {
    private static final System.Logger LOG = System.getLogger(ErrorResponses.class.getName());

    private ErrorResponses() {}

    /** Answers {@code rc} with the response for {@code failure}. */
    static void send(RoutingContext rc, Throwable failure) {
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        if (failure instanceof HttpException h && h.getCause() instanceof ValidatorException v) {
            json(rc, 400, fieldErrors(rc, v)); // refused by the OpenAPI router
        } else if (failure instanceof HttpException h) {
            json(rc, h.getStatusCode(), error("http-" + h.getStatusCode(), h.getPayload()));
        } else if (failure instanceof ValidationException v) {
            json(rc, 400, v.toJson());
        } else if (failure instanceof NotFoundException n) {
            json(rc, 404, error("not-found", "No todo with id " + rc.pathParam("id")));
        } else if (failure instanceof IntegrityException i && i.kind() == IntegrityException.Kind.UNIQUE) {
            json(rc, 409, error("conflict", "A todo with this title exists already"));
        } else if (failure instanceof ValidatorException v) {
            json(rc, 400, fieldErrors(rc, v));
        } else {
            LOG.log(
                    System.Logger.Level.ERROR,
                    "Request " + rc.request().method() + " " + rc.request().path() + " failed",
                    failure);
            json(rc, 500, error("internal", "The request failed; the server log says why"));
        }
    }

    /** The router's failure handler: the status it chose, with a JSON body. */
    static void routerFailure(RoutingContext rc) {
        if (rc.failure() != null) {
            send(rc, rc.failure());
        } else {
            int status = rc.statusCode() > 0 ? rc.statusCode() : 500;
            json(rc, status, error(status == 404 ? "not-found" : "http-" + status, null));
        }
    }

    /**
     * A request the OpenAPI router refused: for a todo body, the per-field errors of
     * {@link ModelJson} (whose schema the router checked, so they agree); else the router's message.
     */
    private static JsonObject fieldErrors(RoutingContext rc, ValidatorException v) {
        JsonObject body = null;
        try {
            body = rc.body() == null ? null : rc.body().asJsonObject();
        } catch (RuntimeException notAnObject) {
            // fall through to the router's message
        }
        if (body != null && rc.request().method().name().equals("POST")) {
            try {
                ModelJson.fromJson(Todo.class, body);
            } catch (ValidationException e) {
                return e.toJson();
            }
        } else if (body != null && rc.request().method().name().equals("PATCH")) {
            try {
                ModelJson.patch(new Todo(), body);
            } catch (ValidationException e) {
                return e.toJson();
            }
        }
        return error("bad-request", v.getMessage());
    }

    static JsonObject error(String code, String message) {
        JsonObject e = new JsonObject().put("error", code);
        return message == null ? e : e.put("message", message);
    }

    static void json(RoutingContext rc, int status, Object body) {
        rc.response()
                .setStatusCode(status)
                .putHeader("content-type", "application/json")
                .end(body instanceof JsonObject o ? o.encode() : String.valueOf(body));
    }
}
