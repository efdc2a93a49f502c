/**
 * KakaORM's models and queries: the API a model and a query are written with ({@code io.kakaorm}), the
 * relation holders a model declares ({@code io.kakaorm.relation}) and its JSON form ({@code io.kakaorm.json}).
 *
 * <p>The rest (the expression tree, model metadata, the statement model, the lambda decoder and the engine
 * SPI) is exported only to the sibling KakaORM modules. A user's module must open the packages of its models,
 * and of the classes whose lambdas it passes to queries, to this module, which reads and writes fields and
 * reads lambdas reflectively: {@code opens com.example.models to io.kakaorm.dsl;}. A missing opens is
 * reported as an {@link io.kakaorm.ModuleAccessException} giving that line.
 */
module io.kakaorm.dsl {
    requires transitive io.vertx.core;
    requires org.objectweb.asm;
    requires org.objectweb.asm.tree;
    requires org.objectweb.asm.tree.analysis;

    exports io.kakaorm;
    exports io.kakaorm.relation;
    exports io.kakaorm.json;

    exports io.kakaorm.expr to io.kakaorm.dialects, io.kakaorm.vertx, io.kakaorm.migrations;
    exports io.kakaorm.meta to io.kakaorm.dialects, io.kakaorm.vertx, io.kakaorm.migrations;
    exports io.kakaorm.query to io.kakaorm.dialects, io.kakaorm.vertx, io.kakaorm.migrations;
    exports io.kakaorm.spi to io.kakaorm.dialects, io.kakaorm.vertx;
    exports io.kakaorm.lambda to io.kakaorm.vertx;
}
