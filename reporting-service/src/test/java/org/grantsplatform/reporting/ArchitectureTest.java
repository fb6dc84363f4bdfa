package org.grantsplatform.reporting;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.grantsplatform.runtime.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The design rules of README's "Architecture", checked on reporting-service's compiled classes. */
class ArchitectureTest {

    private static final JavaClasses SERVICE = ArchitectureRules.mainClassesOf("reporting");

    @Test
    void usesNoOtherService() {
        ArchitectureRules.usesNoOtherService("reporting").check(SERVICE);
    }

    @Test
    void resourcesCallNoPanacheStatics() {
        ArchitectureRules.resourcesCallNoPanacheStatics().check(SERVICE);
    }

    @Test
    void hasNoPackageCycles() {
        ArchitectureRules.packagesFreeOfCycles("reporting").check(SERVICE);
    }
}
