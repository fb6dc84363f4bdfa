package org.grantsplatform.associations;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.grantsplatform.runtime.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The design rules of README's "Architecture", checked on associations-service's compiled classes. */
class ArchitectureTest {

    private static final JavaClasses SERVICE = ArchitectureRules.mainClassesOf("associations");

    @Test
    void usesNoOtherService() {
        ArchitectureRules.usesNoOtherService("associations").check(SERVICE);
    }

    @Test
    void resourcesCallNoPanacheStatics() {
        ArchitectureRules.resourcesCallNoPanacheStatics().check(SERVICE);
    }

    @Test
    void hasNoPackageCycles() {
        ArchitectureRules.packagesFreeOfCycles("associations").check(SERVICE);
    }
}
