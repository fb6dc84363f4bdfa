package org.grantsplatform.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The portal holds no data and no rules: it knows the services only through their HTTP APIs, never their
 * classes. (It has no entities, so the rule on resources and Panache does not apply here.) Its packages form layers
 * without cycles: {@code web} under everything, the texts, clients and records several pages use in the package
 * that owns them, below those pages, and {@code home}, which counts from everything, on top.
 */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.grantsplatform.portal");

    @Test
    void usesNoService() {
        noClasses().that().resideInAPackage("org.grantsplatform.portal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.grantsplatform.associations..",
                        "org.grantsplatform.grants..", "org.grantsplatform.reporting..")
                .because("the portal calls the services' public APIs with the user's token")
                .check(PORTAL);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("org.grantsplatform.portal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }
}
