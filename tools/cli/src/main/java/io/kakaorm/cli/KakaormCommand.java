package io.kakaorm.cli;

import picocli.CommandLine.Command;

/** {@code kakaorm}: the top-level command; its subcommands do the work. */
@Command(
        name = "kakaorm",
        mixinStandardHelpOptions = true,
        version = "kakaorm 0.1.0",
        description = "Schema migrations for KakaORM models on PostgreSQL, MariaDB/MySQL and SQLite.",
        subcommands = {
            InitCommand.class,
            MakeMigrationsCommand.class,
            MigrateCommand.class,
            ShowMigrationsCommand.class,
            ValidateCommand.class,
            RepairCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 error (makemigrations --check: the database differs), 2 checksum or validation"
                    + " failure, 3 lock timeout, 64 usage error."
        })
final class KakaormCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
