package io.kakaorm.samples.readme;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;
import io.kakaorm.Transient;
import io.kakaorm.Version;
import java.math.BigDecimal;

/** A bank account: optimistic locking with {@code @Version} and a {@code @Transient} field that is no column. */
// tag::account[]
@Table(name = "account")
public class Account extends Model<Account> {
    @Column(nullable = false)
    public String owner;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal balance = BigDecimal.ZERO;

    @Version
    public long version;                     // optimistic locking: checked and bumped by every UPDATE/DELETE

    @Transient
    public String displayName;               // not a column: never read, written or compared
}
// end::account[]
