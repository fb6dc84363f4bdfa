package org.grantsplatform.grants;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.grantsplatform.runtime.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The design rules of README's "Architecture", checked on grants-service's compiled classes. */
class ArchitectureTest {

    private static final JavaClasses SERVICE = ArchitectureRules.mainClassesOf("grants");

    @Test
    void usesNoOtherService() {
        ArchitectureRules.usesNoOtherService("grants").check(SERVICE);
    }

    @Test
    void hasNoPackageCycles() {
        ArchitectureRules.packagesFreeOfCycles("grants").check(SERVICE);
    }

    @Test
    void resourcesCallNoPanacheStatics() {
        ArchitectureRules.resourcesCallNoPanacheStatics().check(SERVICE);
    }
}
