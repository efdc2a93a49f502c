package io.kakaorm.migration.internal.schema;

/** One method per kind of {@link Change}; a new kind does not compile until every database handles it. */
public interface ChangeVisitor<R> {
    R createTable(Change.CreateTable c);

    R dropTable(Change.DropTable c);

    R renameTable(Change.RenameTable c);

    R addColumn(Change.AddColumn c);

    R dropColumn(Change.DropColumn c);

    R alterColumn(Change.AlterColumn c);

    R renameColumn(Change.RenameColumn c);

    R addIndex(Change.AddIndex c);

    R dropIndex(Change.DropIndex c);

    R addForeignKey(Change.AddForeignKey c);

    R dropForeignKey(Change.DropForeignKey c);

    R addCheck(Change.AddCheck c);

    R dropCheck(Change.DropCheck c);

    R rebuildTable(Change.RebuildTable c);
}
