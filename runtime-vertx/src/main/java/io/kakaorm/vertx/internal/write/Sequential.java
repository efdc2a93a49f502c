package io.kakaorm.vertx.internal.write;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.function.Function;

/**
 * Runs an async step for each element in turn without building a chain of thousands of composed
 * futures (whose completion would recurse once per element and overflow the stack): steps that
 * complete at once are looped over, and only a pending step resumes the loop from its callback.
 */
final class Sequential {
    private Sequential() {}

    static <T> Future<Void> each(List<T> items, Function<T, Future<Void>> step) {
        Promise<Void> done = Promise.promise();
        next(items, 0, step, done);
        return done.future();
    }

    private static <T> void next(List<T> items, int start, Function<T, Future<Void>> step, Promise<Void> done) {
        for (int i = start; i < items.size(); i++) {
            Future<Void> f;
            try {
                f = step.apply(items.get(i));
            } catch (RuntimeException e) {
                done.fail(e);
                return;
            }
            if (f.isComplete()) {
                if (f.failed()) {
                    done.fail(f.cause());
                    return;
                }
                continue;
            }
            int resume = i + 1;
            f.onComplete(r -> {
                if (r.failed()) {
                    done.fail(r.cause());
                } else {
                    next(items, resume, step, done);
                }
            });
            return;
        }
        done.complete();
    }
}
