package dev.crosscheck.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages by feature form one order, and nothing keeps it but this test:
 * shared ← source, catalog ← claim ← dataset ← rules ← check, export, validation ← app.
 * HTTP stays in the rest packages (and the one place that maps failures to statuses).
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.crosscheck");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.crosscheck.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void featurePackagesDependOnlyDownTheOrder() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("shared").definedBy("dev.crosscheck.shared..")
                .layer("source").definedBy("dev.crosscheck.source..")
                .layer("catalog").definedBy("dev.crosscheck.catalog..")
                .layer("claim").definedBy("dev.crosscheck.claim..")
                .layer("dataset").definedBy("dev.crosscheck.dataset..")
                .layer("rules").definedBy("dev.crosscheck.rules..")
                .layer("check").definedBy("dev.crosscheck.check..")
                .layer("export").definedBy("dev.crosscheck.export..")
                .layer("validation").definedBy("dev.crosscheck.validation..")
                .layer("app").definedBy("dev.crosscheck.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("check").mayOnlyBeAccessedByLayers("app")
                .whereLayer("export").mayOnlyBeAccessedByLayers("app")
                .whereLayer("validation").mayOnlyBeAccessedByLayers("app")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("check", "export", "validation", "app")
                .whereLayer("dataset").mayOnlyBeAccessedByLayers("rules", "check", "export", "validation", "app")
                .whereLayer("claim").mayOnlyBeAccessedByLayers("dataset", "rules", "check", "export", "validation", "app")
                .whereLayer("catalog").mayOnlyBeAccessedByLayers("claim", "dataset", "rules", "check", "export", "validation", "app")
                .whereLayer("source").mayOnlyBeAccessedByLayers("claim", "dataset", "rules", "check", "export", "validation", "app")
                .check(classes);
    }

    @Test
    void domainCodeDoesNotUseTheRestLayer() {
        noClasses().that().resideOutsideOfPackage("..rest..")
                .should().dependOnClassesThat().resideInAPackage("dev.crosscheck.*.rest..")
                .check(classes);
    }

    @Test
    void domainCodeSaysWhatFailedNotWhichStatus() {
        // Services throw DomainException (shared.failure); only the REST layer knows problem documents and statuses.
        noClasses().that().resideOutsideOfPackages("..rest..", "dev.crosscheck.shared.error..", "dev.crosscheck.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.crosscheck.shared.error..")
                .check(classes);
    }

    @Test
    void jaxRsTypesStayInRestPackagesAndTheProblemMapping() {
        noClasses().that().resideOutsideOfPackages("..rest..", "dev.crosscheck.shared.error..", "dev.crosscheck.shared.security..",
                        "dev.crosscheck.app..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(classes);
    }
}
