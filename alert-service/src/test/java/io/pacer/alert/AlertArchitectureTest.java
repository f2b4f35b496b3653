package io.pacer.alert;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
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
 * The package boundaries of alert-service, held on its main classes: the feature packages form no cycles, each uses
 * only the feature packages its row of {@link #MAY_USE} names (lower rows never use higher ones), the application
 * package uses none, and the read side (controllers, views) never uses the consumer side (bindings, intakes).
 */
@AnalyzeClasses(packages = AlertArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class AlertArchitectureTest {

    static final String ROOT = "io.pacer.alert";

    /**
     * Each feature package under {@link #ROOT}, lowest first, with the feature packages it may use. A package
     * further down that must learn of a change (a target set, a region arrived) declares a listener that a higher
     * one implements, as {@code target.TargetListener} and {@code reference.ReferenceListener} do.
     */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("position", List.of()); // where each consumed partition stands
        MAY_USE.put("reference", List.of()); // regions, indicators, entities
        MAY_USE.put("text", List.of("reference"));
        MAY_USE.put("target", List.of("reference"));
        MAY_USE.put("rule", List.of("target")); // the rules, their inputs and the year-end forecast
        MAY_USE.put("lifecycle", List.of("reference", "text", "target", "rule"));
        MAY_USE.put("figure", List.of("position", "target", "rule", "lifecycle"));
        MAY_USE.put("forecast", List.of("reference", "target", "rule", "lifecycle", "figure"));
        MAY_USE.put("missing", List.of("position", "reference", "rule", "lifecycle"));
        MAY_USE.put("project", List.of("position", "rule", "lifecycle"));
        MAY_USE.put("notify", List.of("reference", "text", "lifecycle"));
        MAY_USE.put("analysis", List.of("reference", "text", "rule", "lifecycle", "figure"));
        MAY_USE.put("restore", List.of("position", "target", "lifecycle", "figure", "project"));
    }

    /** Controllers and their views; not the rebuild command, which is there to drive the consumer side. */
    private static final DescribedPredicate<JavaClass> READ_SIDE = simpleNameEndingWith("View")
            .or(annotatedWith(RestController.class)).and(not(simpleName("RebuildController")))
            .as("the read side (controllers and their views)");

    /** Bindings, intakes and whatever of the service uses the Kafka consumer (restoring, positions). */
    private static final DescribedPredicate<JavaClass> CONSUMER_SIDE = resideInAPackage(ROOT + "..")
            .and(simpleNameEndingWith("Intake").or(simpleNameEndingWith("Streams"))
                    .or(simpleNameEndingWith("Bindings"))
                    .or(describe("users of the Kafka consumer", AlertArchitectureTest::usesKafkaConsumer)))
            .as("the consumer side (bindings, intakes, users of the Kafka consumer)");

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

    private static boolean usesKafkaConsumer(JavaClass type) {
        return type.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.apache.kafka.clients.consumer"));
    }
}
