package org.grantsplatform.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.grantsplatform.runtime.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The shared plumbing knows no service: each service plugs its own types into it, never the other way. */
class ArchitectureTest {

    private static final JavaClasses RUNTIME = ArchitectureRules.mainClassesOf("runtime");

    @Test
    void importsNoDomainPackage() {
        noClasses().that().resideInAPackage("org.grantsplatform.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("org.grantsplatform.grants..",
                        "org.grantsplatform.associations..", "org.grantsplatform.reporting..",
                        "org.grantsplatform.portal..")
                .because("service-runtime is shared by every service and so may hold none of their rules")
                .check(RUNTIME);
    }

    @Test
    void hasNoPackageCycles() {
        ArchitectureRules.packagesFreeOfCycles("runtime").check(RUNTIME);
    }
}
