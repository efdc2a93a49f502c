package io.kakaorm.vertx.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction of the modules, checked on the bytecode of dsl, dialects and runtime together (the
 * dsl's own package rules are in its {@code DslArchitectureTest}): the lambda decoder knows no dialect,
 * a dialect knows no runtime, the runtime knows neither the migrations nor the tools; and only a database's
 * own packages know its classes and its driver (the source check of the same rule, for string literals and
 * constants, is {@link OnePlacePerDatabaseTest}).
 */
@AnalyzeClasses(packages = "io.kakaorm", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {
    private static final String[] TOOLS = {
        "io.kakaorm.cli..", "io.kakaorm.maven..", "io.kakaorm.bench..", "io.kakaorm.samples.."
    };

    @ArchTest
    static final ArchRule exprIsALeaf = noClasses()
            .that()
            .resideInAPackage("io.kakaorm.expr..")
            .should()
            .dependOnClassesThat(resideInAPackage("io.kakaorm..").and(resideOutsideOfPackage("io.kakaorm.expr..")))
            .as("the expression tree (io.kakaorm.expr) depends on nothing else in the project");

    @ArchTest
    static final ArchRule lambdaKnowsNoDialect = noClasses()
            .that()
            .resideInAPackage("io.kakaorm.lambda..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.kakaorm.dialect..", "io.kakaorm.vertx..")
            .as("the lambda decoder knows no dialect and no runtime");

    @ArchTest
    static final ArchRule dialectKnowsNoRuntime = noClasses()
            .that()
            .resideInAPackage("io.kakaorm.dialect..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.kakaorm.vertx..", "io.kakaorm.migration..")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage(TOOLS)
            .as("the dialects know no runtime, migrations or tools");

    private static final String[] DATABASE_PACKAGES = {"..postgres..", "..mysql..", "..sqlite.."};

    @ArchTest
    static final ArchRule onlyADatabasesPackagesKnowIt = noClasses()
            .that()
            .resideInAPackage("io.kakaorm..")
            .and()
            .resideOutsideOfPackages(DATABASE_PACKAGES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.kakaorm..postgres..", "io.kakaorm..mysql..", "io.kakaorm..sqlite..")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("io.vertx.pgclient..", "io.vertx.mysqlclient..", "org.sqlite..")
            .as("only a database's own packages know its classes and its driver; the rest finds it through the"
                    + " providers");

    @ArchTest
    static final ArchRule runtimeKnowsNoMigrationsOrTools = noClasses()
            .that()
            .resideInAPackage("io.kakaorm.vertx..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.kakaorm.migration..")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage(TOOLS)
            .as("the runtime knows neither the migrations nor the tools");
}
