package io.pacer.ingest;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
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
 * The package boundaries of ingest-service, held on its main classes: the feature packages form no cycles, each
 * uses only the feature packages its row of {@link #MAY_USE} names (lower rows never use higher ones), the application
 * package uses none, and the read side (controllers, views) never uses the consumer side (bindings, the inbox).
 */
@AnalyzeClasses(packages = IngestArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class IngestArchitectureTest {

    static final String ROOT = "io.pacer.ingest";

    /**
     * Each feature package under {@link #ROOT}, lowest first, with the feature packages it may use. A package
     * further down that needs something of a higher one declares the interface and lets that one implement it, as
     * {@code submission.DerivedIndicators} does for {@code project}.
     */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("xlsx", List.of()); // reading .xlsx uploads safely
        MAY_USE.put("ledger", List.of()); // publishing to Kafka, dead letters
        MAY_USE.put("register", List.of("ledger", "xlsx"));
        MAY_USE.put("submission", List.of("ledger", "register", "xlsx"));
        MAY_USE.put("inbox", List.of("ledger", "register", "submission"));
        MAY_USE.put("project", List.of("ledger", "register", "submission"));
        MAY_USE.put("report", List.of("register", "submission", "xlsx"));
        MAY_USE.put("token", List.of("ledger", "register"));
    }

    /** Controllers and their views. */
    private static final DescribedPredicate<JavaClass> READ_SIDE = simpleNameEndingWith("View")
            .or(annotatedWith(RestController.class)).as("the read side (controllers and their views)");

    /** The bindings ({@code *Consumer}), the Kafka inbox and whatever of the service uses the Kafka consumer. */
    private static final DescribedPredicate<JavaClass> CONSUMER_SIDE = resideInAPackage(ROOT + "..")
            .and(simpleNameEndingWith("Consumer").or(resideInAPackage(ROOT + ".inbox.."))
                    .or(describe("users of the Kafka consumer", IngestArchitectureTest::usesKafkaConsumer)))
            .as("the consumer side (bindings, the inbox, users of the Kafka consumer)");

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
