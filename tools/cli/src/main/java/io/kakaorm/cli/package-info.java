/** The {@code kakaorm} command line (picocli): init, makemigrations, migrate, showmigrations, validate, repair. */
package io.kakaorm.cli;
