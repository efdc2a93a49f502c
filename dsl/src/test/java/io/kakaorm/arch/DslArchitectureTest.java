package io.kakaorm.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The package structure of the dsl, checked on its bytecode at every build: a forbidden dependency that
 * comes back fails {@code mvn verify} naming the class and the line.
 *
 * <p>The layering is: {@code expr} (the expression tree) at the bottom and depending on nothing of the
 * project; {@code meta}, {@code query}, {@code spi} and {@code lambda} above it without cycles among them;
 * the API package {@code io.kakaorm} on top. The API package also holds the vocabulary the layers below
 * speak (the model annotations, the exceptions, {@code Model}, {@code Row}, {@code QueryStream}); that is
 * the one thing the layers below ({@code expr}, {@code lambda}, {@code meta}, {@code query})
 * may use of it — never its entry points ({@code Query}, {@code Sql}, the
 * internal {@code QueryCore}/{@code LambdaBridge}/…).
 */
@AnalyzeClasses(packages = "io.kakaorm", importOptions = ImportOption.DoNotIncludeTests.class)
class DslArchitectureTest {

    /** Types of the API package that the layers below may use: what users write models with. */
    private static final Set<String> VOCABULARY = Set.of(
            "io.kakaorm.Model",
            "io.kakaorm.Row",
            "io.kakaorm.QueryStream",
            "io.kakaorm.OnDelete",
            "io.kakaorm.Filter",
            "io.kakaorm.Filter2",
            "io.kakaorm.Selector",
            "io.kakaorm.SoftDeleteModel",
            "io.kakaorm.ArchiveModel",
            "io.kakaorm.SaveResult");

    /**
     * The implementation layers below the API package. Beside it, not below: {@code spi} (the interfaces
     * an engine implements, in terms of Model and Query) and API extensions such as {@code relation}.
     */
    private static final String[] LAYERS_BELOW = {
        "io.kakaorm.expr..", "io.kakaorm.lambda..", "io.kakaorm.meta..", "io.kakaorm.query.."
    };

    private static final DescribedPredicate<JavaClass> API_ENTRY_POINTS = resideInAPackage("io.kakaorm")
            .and(describe("not an annotation", (JavaClass c) -> !c.isAnnotation()))
            .and(DescribedPredicate.not(assignableTo("io.kakaorm.KakaOrmException")))
            .and(describe(
                    "not part of an exception",
                    (JavaClass c) -> c.getEnclosingClass()
                            .map(e -> !e.isAssignableTo("io.kakaorm.KakaOrmException"))
                            .orElse(true)))
            .and(describe("not model vocabulary " + VOCABULARY, (JavaClass c) -> !VOCABULARY.contains(c.getName())))
            .as("the API package's entry points (not its annotations, exceptions or " + VOCABULARY + ")");

    @ArchTest
    static final ArchRule exprIsALeaf = noClasses()
            .that()
            .resideInAPackage("io.kakaorm.expr..")
            .should()
            .dependOnClassesThat(resideInAPackage("io.kakaorm..").and(resideOutsideOfPackage("io.kakaorm.expr..")))
            .as("the expression tree (io.kakaorm.expr) depends on nothing else in the project");

    @ArchTest
    static final ArchRule subPackagesHaveNoCycles = slices().matching("io.kakaorm.(*)..")
            .should()
            .beFreeOfCycles()
            .as("the packages below io.kakaorm have no dependency cycles");

    @ArchTest
    static final ArchRule layersBelowUseOnlyTheApiVocabulary = noClasses()
            .that()
            .resideInAnyPackage(LAYERS_BELOW)
            .should()
            .dependOnClassesThat(API_ENTRY_POINTS)
            .as("expr, lambda, meta and query use of io.kakaorm only annotations, exceptions and " + VOCABULARY);

    @ArchTest
    static final ArchRule lambdaKnowsNoDialectOrRuntime = noClasses()
            .that()
            .resideInAPackage("io.kakaorm.lambda..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.kakaorm.dialect..", "io.kakaorm.vertx..", "io.kakaorm.migration..")
            .as("the lambda decoder knows no dialect, runtime or migrations");
}
