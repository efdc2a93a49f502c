package io.kakaorm.vertx.archive;

import io.kakaorm.ArchiveModel;
import io.kakaorm.Id;
import io.kakaorm.Table;
import java.util.UUID;

/** An archive model with a UUID primary key. */
@Table(name = "ar_ticket")
public class Ticket extends ArchiveModel<Ticket> {
    @Id
    public UUID code;

    public String title;
}
