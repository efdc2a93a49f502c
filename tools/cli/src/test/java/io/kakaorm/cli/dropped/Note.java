package io.kakaorm.cli.dropped;

import io.kakaorm.Column;
import io.kakaorm.Model;
import io.kakaorm.Table;

/** The sample Note without its body field. */
@Table(name = "kkmig_cli_note")
public class Note extends Model<Note> {
    @Column(maxLength = 100, nullable = false)
    public String title = "";
}
