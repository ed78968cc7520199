package com.tripavail.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The capabilities' dependencies point one way, down {@link #ORDER} (ARCHITECTURE.md): a capability
 * may use those after it in the list, never those before it, and no two capabilities form a cycle.
 * What flows upward travels as CDI events or outbox rows whose payload the producer fills.
 */
class ArchitectureTest {
    /** Highest first: each may depend only on the capabilities after it. */
    static final List<String> ORDER = List.of(
            "ops",
            "booking",
            "ledger",
            "payment",
            "notification",
            "search",
            "catalog",
            "inventory",
            "provider",
            "media",
            "identity",
            "audit",
            "platform");

    static JavaClasses classes;

    @BeforeAll
    static void importProduction() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.tripavail");
    }

    @Test
    void capabilitiesAreFreeOfCycles() {
        slices().matching("com.tripavail.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void capabilitiesOnlyUseThoseBelowThem() {
        TreeSet<String> violations = new TreeSet<>();
        for (JavaClass origin : classes) {
            Optional<String> from = capabilityOf(origin);
            if (from.isEmpty()) continue;
            origin.getDirectDependenciesFromSelf()
                    .forEach(d -> capabilityOf(d.getTargetClass())
                            .filter(to -> !to.equals(from.get()) && ORDER.indexOf(to) < ORDER.indexOf(from.get()))
                            .ifPresent(to -> violations.add(from.get() + " -> " + to + ": " + origin.getSimpleName()
                                    + " uses " + d.getTargetClass().getSimpleName())));
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("upward dependencies (order " + ORDER + "):\n  "
                    + String.join("\n  ", new ArrayList<>(violations)));
        }
    }

    private static Optional<String> capabilityOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith("com.tripavail.")) return Optional.empty();
        String top = pkg.substring("com.tripavail.".length()).split("\\.")[0];
        return ORDER.contains(top) ? Optional.of(top) : Optional.empty();
    }
}
