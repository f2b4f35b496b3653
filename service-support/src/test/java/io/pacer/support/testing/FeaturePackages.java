package io.pacer.support.testing;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The package rules each service's architecture test holds, from its own table of feature packages: the packages
 * directly under the service's root, lowest first, each with the packages it may use.
 */
public final class FeaturePackages {

    private FeaturePackages() {
    }

    /** Each feature package uses only the packages its row names (so lower rows never use higher ones). */
    public static ArchRule mayUse(String root, Map<String, List<String>> table) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String feature : table.keySet()) {
            layers = layers.layer(feature).definedBy(root + "." + feature + "..");
        }
        for (Map.Entry<String, List<String>> row : table.entrySet()) {
            layers = row.getValue().isEmpty() ? layers.whereLayer(row.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(row.getKey()).mayOnlyAccessLayers(row.getValue().toArray(String[]::new));
        }
        return layers;
    }

    /** A new package without a row, or a row whose package is gone, fails: the table is the whole design. */
    public static void assertEveryPackageHasARow(JavaClasses classes, String root, Set<String> rows) {
        Set<String> features = new TreeSet<>();
        classes.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith(root + "."))
                .forEach(p -> features.add(p.substring(root.length() + 1).split("\\.")[0]));
        assertThat(features).containsExactlyInAnyOrderElementsOf(rows);
    }
}
