package io.kakaorm.samples.readme;

import io.kakaorm.IntegrityException;
import io.kakaorm.NotFoundException;
import io.kakaorm.OptimisticLockException;
import io.kakaorm.SaveResult;
import io.kakaorm.ValidationException;
import io.kakaorm.samples.blog.Author;
import io.kakaorm.vertx.Database;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The README's sections on saving changes, optimistic locking and errors. */
public final class WritesExamples {
    private WritesExamples() {}

    /** What the examples produced. */
    public record Results(
            SaveResult first,
            SaveResult second,
            SaveResult third,
            String outcome,
            long finalVersion,
            BigDecimal finalBalance,
            List<String> handled) {}

    public static Results run(Database db) {
        Account created = db.create(Account.class, a -> a.owner = "ann").await();
        long id = created.id;
        // tag::changes[]
        Account account = db.get(Account.class, id).await();
        account.balance = new BigDecimal("10.50");
        SaveResult first = account.saveChanges().await();  // UPDATED [balance, version]: only what changed
        SaveResult second = account.saveChanges().await(); // UNCHANGED: no SQL, no hook
        account.displayName = "Ann";                       // @Transient: not a change
        SaveResult third = account.saveChanges().await();  // UNCHANGED
        // end::changes[]

        // tag::optimistic[]
        Account mine = db.get(Account.class, id).await();
        Account theirs = db.get(Account.class, id).await();
        theirs.balance = theirs.balance.add(BigDecimal.ONE);
        theirs.save().await();                             // version 1 → 2

        mine.balance = mine.balance.subtract(BigDecimal.ONE);
        String outcome = mine.save()
                .map(saved -> "saved")
                .recover(err -> err instanceof OptimisticLockException
                        ? mine.refresh().compose(fresh -> {  // reload, apply the change again, save
                            fresh.balance = fresh.balance.subtract(BigDecimal.ONE);
                            return fresh.save();
                        }).map(saved -> "retried")
                        : Future.failedFuture(err))
                .await();
        // end::optimistic[]

        // tag::errors[]
        List<String> handled = new ArrayList<>();
        for (Future<?> attempt : List.of(
                db.create(Author.class, a -> {                           // longer than its column
                    a.name = "Long";
                    a.email = "x".repeat(300) + "@example.com";
                }),
                db.create(Author.class, a -> {                           // the same email twice
                    a.name = "Dup";
                    a.email = "ann@example.com";
                }),
                db.get(Author.class, -1L))) {
            attempt.otherwise(err -> {
                if (err instanceof ValidationException v) {
                    handled.add("invalid " + v.field());
                } else if (err instanceof IntegrityException i) {
                    handled.add(i.kind() + " on " + i.constraint());
                } else if (err instanceof NotFoundException) {
                    handled.add("not found");
                } else {
                    handled.add("unexpected " + err);
                }
                return null;
            }).await();
        }
        // end::errors[]
        Account last = db.get(Account.class, id).await();
        return new Results(first, second, third, outcome, last.version, last.balance, handled);
    }
}
