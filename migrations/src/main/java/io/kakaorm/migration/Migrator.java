package io.kakaorm.migration;

import io.kakaorm.dialect.ddl.ColumnDef;
import io.kakaorm.dialect.ddl.TableDef;
import io.kakaorm.meta.ModelMeta;
import io.kakaorm.migration.internal.Backfills;
import io.kakaorm.migration.internal.ModelSchema;
import io.kakaorm.migration.internal.SchemaDialect;
import io.kakaorm.migration.internal.SchemaDialects;
import io.kakaorm.migration.internal.schema.Change;
import io.kakaorm.migration.internal.schema.SchemaDiff;
import io.kakaorm.migration.internal.schema.SchemaSnapshot;
import io.kakaorm.migration.internal.schema.Views;
import io.kakaorm.migration.schema.Renames;
import io.kakaorm.migration.schema.Schema;
import io.kakaorm.vertx.Database;
import io.kakaorm.vertx.spi.DatabaseAccess;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Compares models with the live schema and plans the DDL between them.
 *
 * <pre>{@code
 * MigrationPlan plan = new Migrator(db).plan(List.of(Author.class, Post.class)).await();
 * plan.sql().forEach(System.out::println);
 * if (!plan.isEmpty()) plan.apply().await();
 * }</pre>
 *
 * {@link #plan} adds and changes but never drops a table or a column (their data would be lost);
 * {@link #planWithDrop} also drops. A renamed table or column needs a hint ({@link #withRenames}), or it
 * is planned as a drop and an add. Immutable and thread-safe.
 */
public final class Migrator {
    private final Database db;
    private final SchemaDialect schema;
    private final Renames renames;

    /** A migrator for {@code db}. */
    public Migrator(Database db) {
        this(db, Renames.none());
    }

    private Migrator(Database db, Renames renames) {
        this.db = db;
        this.schema = SchemaDialects.of(DatabaseAccess.dialect(db));
        this.renames = renames;
    }

    /** This migrator with rename hints. */
    public Migrator withRenames(Renames hints) {
        return new Migrator(db, hints);
    }

    /**
     * The changes from the live schema to {@code models}, without drops of tables or columns.
     *
     * @return fails with {@link io.kakaorm.ModelDefinitionException} for an invalid model or a NOT NULL column
     *         without a default (nor an auto timestamp) added to an existing table, or the database's error
     *         when the schema cannot be read
     */
    public Future<MigrationPlan> plan(Collection<? extends Class<?>> models) {
        return plan(models, false);
    }

    /** {@link #plan(Collection)} with the models as arguments. */
    public Future<MigrationPlan> plan(Class<?>... models) {
        return plan(Arrays.asList(models), false);
    }

    /** Like {@link #plan(Collection)}, and drops tables and columns the models no longer have. */
    public Future<MigrationPlan> planWithDrop(Collection<? extends Class<?>> models) {
        return plan(models, true);
    }

    /** {@link #planWithDrop(Collection)} with the models as arguments. */
    public Future<MigrationPlan> planWithDrop(Class<?>... models) {
        return plan(Arrays.asList(models), true);
    }

    /**
     * Drops and adds in the plan from the live schema to {@code models} that may be renames: a column dropped
     * and one of the same type added in one table, a table dropped and one created. The CLI asks about each.
     */
    public Future<List<RenameCandidate>> renameCandidates(Collection<? extends Class<?>> models) {
        return plan(models, true, false).map(plan -> {
            List<RenameCandidate> out = new ArrayList<>();
            List<Change> changes = plan.steps();
            for (Change a : changes) {
                if (a instanceof Change.DropTable) {
                    for (Change b : changes) {
                        if (b instanceof Change.CreateTable) {
                            out.add(new RenameCandidate(null, a.table(), b.table()));
                        }
                    }
                }
                if (a instanceof Change.DropColumn) {
                    Change.DropColumn d = (Change.DropColumn) a;
                    for (Change b : changes) {
                        if (b instanceof Change.AddColumn
                                && b.table().equals(d.table())
                                && schema.type(((Change.AddColumn) b).column()).equals(schema.type(d.column()))) {
                            out.add(new RenameCandidate(
                                    d.table(),
                                    d.column().name(),
                                    ((Change.AddColumn) b).column().name()));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * The tables and columns of the database that {@code models} no longer have: what {@link #plan} leaves
     * in place and {@link #planWithDrop} would drop (columns the rename hints turn into renames are not here).
     */
    public Future<List<Undropped>> undropped(Collection<? extends Class<?>> models) {
        SchemaSnapshot desired;
        try {
            desired = desired(models);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        return schema.read(db).map(current -> {
            List<Undropped> out = new ArrayList<>();
            for (TableDef live : current.tables().values()) {
                if (live.name().equals(SchemaDiff.HISTORY_TABLE)) {
                    continue;
                }
                String name = renames.tables().getOrDefault(live.name(), live.name());
                TableDef want = desired.table(name);
                if (want == null) {
                    out.add(new Undropped(live.name(), null));
                    continue;
                }
                Map<String, String> columnRenames = renames.columns(name);
                for (ColumnDef c : live.columns()) {
                    if (want.column(columnRenames.getOrDefault(c.name(), c.name())) == null) {
                        out.add(new Undropped(live.name(), c.name()));
                    }
                }
            }
            return out;
        });
    }

    /**
     * How the database differs from {@code models}: the plan (dropping only with {@code allowDrop}), what it
     * leaves undropped, and the rename candidates this migrator's hints do not resolve.
     */
    public Future<SchemaCheck> check(Collection<? extends Class<?>> models, boolean allowDrop) {
        return plan(models, allowDrop)
                .compose(plan -> (allowDrop ? Future.succeededFuture(List.<Undropped>of()) : undropped(models))
                        .compose(undropped -> renameCandidates(models)
                                .map(candidates -> new SchemaCheck(plan, undropped, candidates))));
    }

    /** The live schema as this migrator reads it (the current schema, database or file). */
    public Future<Schema> readSchema() {
        return schema.read(db).map(Views::schema);
    }

    private SchemaSnapshot desired(Collection<? extends Class<?>> models) {
        return ModelSchema.of(metas(models), schema);
    }

    private static List<ModelMeta<?>> metas(Collection<? extends Class<?>> models) {
        List<ModelMeta<?>> metas = new ArrayList<>();
        for (Class<?> m : models) {
            ModelMeta<?> meta = ModelMeta.of(m);
            metas.add(meta);
            if (meta.archiveTable() != null) { // an ArchiveModel: its archive_<table> goes with it
                metas.add(meta.archiveTable());
            }
        }
        return metas;
    }

    private Future<MigrationPlan> plan(Collection<? extends Class<?>> models, boolean drops) {
        return plan(models, drops, true);
    }

    /** With {@code refuseUnfilled}, a NOT NULL column that existing rows get no value for fails the plan. */
    private Future<MigrationPlan> plan(Collection<? extends Class<?>> models, boolean drops, boolean refuseUnfilled) {
        List<ModelMeta<?>> metas;
        SchemaSnapshot desired;
        try {
            metas = metas(models);
            desired = ModelSchema.of(metas, schema);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        Map<String, String> backfills = Backfills.of(metas, schema);
        return schema.read(db)
                .compose(current -> schema.storedChecks(db, SchemaDiff.checksToProbe(current, desired, schema, renames))
                        .map(stored -> {
                            List<Change> changes =
                                    SchemaDiff.between(current, desired, schema, renames, drops, stored, backfills);
                            if (refuseUnfilled) {
                                Backfills.refuseUnfilled(changes, metas);
                            }
                            return new MigrationPlan(db, schema, changes);
                        }));
    }
}
