package io.kakaorm.vertx.observe;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** A model with a secret column, for bind masking. */
@Table(name = "obs_account")
public class Account extends Model<Account> {
    @Column(nullable = false, unique = true, maxLength = 40)
    public String name;

    @Column(maxLength = 80)
    public String password;

    public int logins;

    static Account of(String name, String password) {
        Account a = new Account();
        a.name = name;
        a.password = password;
        return a;
    }
}
