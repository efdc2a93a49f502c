package io.kakaorm.samples.readme;

import io.kakaorm.vertx.Database;
import io.vertx.core.Future;

/** The README's transaction section. */
public final class TransactionExamples {
    private TransactionExamples() {}

    /** Sells {@code qty} widgets: creates the order and takes the stock, both or neither. */
    public static Order sell(Database db, int qty) {
        // tag::transaction[]
        Order order = db.<Order>transaction(tx ->
                tx.create(Order.class, o -> {
                    o.item = "Widget";
                    o.qty = qty;
                }).compose(created -> tx.from(Stock.class)
                        .where(s -> s.item.equals("Widget")).get()
                        .compose(stock -> {
                            stock.qty -= qty;                // CHECK (qty >= 0) fails when sold out
                            return stock.save();
                        })
                        .map(saved -> created))
        ).await();                                           // rolled back on any failure
        // end::transaction[]
        return order;
    }

    /** A nested transaction is a savepoint: its failure undoes only its own part. */
    public static long nested(Database db) {
        // tag::savepoint[]
        db.transaction(outer -> outer.create(Order.class, o -> o.item = "kept")
                .compose(kept -> outer.transaction(inner ->
                                inner.create(Order.class, o -> o.item = "undone")
                                        .compose(x -> Future.failedFuture("changed my mind")))
                        .otherwiseEmpty())                     // the inner failure is handled here
        ).await();
        // end::savepoint[]
        return db.from(Order.class).count().await();
    }
}
