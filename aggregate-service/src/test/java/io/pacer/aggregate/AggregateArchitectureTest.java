package io.pacer.aggregate;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.pacer.support.testing.FeaturePackages;

/**
 * The package boundaries of aggregate-service, held on its main classes: the feature packages form no cycles, each
 * uses only the feature packages its row of {@link #MAY_USE} names (lower rows never use higher ones), the
 * application package uses none, and the read side (the REST answers and the dashboard) reads the store, never the
 * consumer side (the bindings and the per-partition state they feed).
 */
@AnalyzeClasses(packages = AggregateArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class AggregateArchitectureTest {

    static final String ROOT = "io.pacer.aggregate";

    /**
     * Each feature package under {@link #ROOT}, lowest first, with the feature packages it may use. A package further
     * down that needs a higher one declares the interface and lets that one implement it, as {@code input.InputHandler}
     * and {@code flush.Flushable} do for {@code partition}.
     */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("figure", List.of()); // the rules: year-to-date, growth, shares, rankings
        MAY_USE.put("reference", List.of("figure")); // the registers, as the engine sees them
        MAY_USE.put("store", List.of("figure")); // the MongoDB writer and its documents
        MAY_USE.put("flush", List.of("figure", "store")); // when to flush, publishing
        MAY_USE.put("input", List.of("store")); // bindings, decoding, dead letters
        MAY_USE.put("partition", List.of("figure", "reference", "store", "flush", "input")); // state per partition
        MAY_USE.put("ranking", List.of("figure", "reference", "store")); // the REST read side
        MAY_USE.put("dashboard", List.of()); // the static dashboard and its CSP
        MAY_USE.put("admin", List.of("partition")); // the rebuild, which drives the consumer side
    }

    /**
     * The REST answers and the dashboard (every controller but the admin rebuild, which exists to drive the consumer
     * side, is in these packages).
     */
    private static final DescribedPredicate<JavaClass> READ_SIDE = resideInAnyPackage(ROOT + ".ranking..",
            ROOT + ".dashboard..").as("the read side (ranking, dashboard)");

    @ArchTest
    static final ArchRule everyControllerButTheRebuildIsOnTheReadSide = classes().that()
            .areAnnotatedWith(RestController.class).and().resideOutsideOfPackage(ROOT + ".admin..").should()
            .resideInAnyPackage(ROOT + ".ranking..", ROOT + ".dashboard..");

    private static final DescribedPredicate<JavaClass> CONSUMER_SIDE = resideInAnyPackage(ROOT + ".input..",
            ROOT + ".partition..").or(simpleNameEndingWith("Bindings")).as("the consumer side (input, partition)");

    @ArchTest
    static final ArchRule featurePackagesFormNoCycles = slices().matching(ROOT + ".(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule eachFeaturePackageUsesOnlyThePackagesItsRowNames = FeaturePackages.mayUse(ROOT,
            MAY_USE);

    @ArchTest
    static final ArchRule theApplicationPackageUsesNoFeaturePackage = noClasses().that().resideInAPackage(ROOT)
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".*..");

    @ArchTest
    static final ArchRule theReadSideNeverUsesTheConsumerSide = noClasses().that(READ_SIDE).should()
            .dependOnClassesThat(CONSUMER_SIDE);

    @ArchTest
    static void everyFeaturePackageHasARowAndEveryRowAPackage(JavaClasses classes) {
        FeaturePackages.assertEveryPackageHasARow(classes, ROOT, MAY_USE.keySet());
    }
}
