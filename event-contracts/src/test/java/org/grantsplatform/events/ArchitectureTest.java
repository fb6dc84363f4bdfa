package org.grantsplatform.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The contract is plain Java that any consumer can put on its class path: records and Jackson's annotations,
 * no framework. Only the envelope ({@link CloudEvent}, whose data stays a tree) and the one mapper configuration
 * ({@link EventJson}) know Jackson beyond its annotations.
 */
class ArchitectureTest {

    private static final JavaClasses CONTRACTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.grantsplatform.events");

    @Test
    void dependsOnNothingButJavaAndJackson() {
        classes().that().resideInAPackage("org.grantsplatform.events..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.grantsplatform.events..", "java..",
                        "com.fasterxml.jackson..")
                .because("partner consumers read the contract without the platform's frameworks")
                .check(CONTRACTS);
    }

    @Test
    void usesJacksonBeyondItsAnnotationsOnlyInTheEnvelopeAndTheMapper() {
        noClasses().that().resideInAPackage("org.grantsplatform.events..")
                .and().doNotHaveFullyQualifiedName(CloudEvent.class.getName())
                .and().doNotHaveFullyQualifiedName(EventJson.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..",
                        "com.fasterxml.jackson.datatype..", "com.fasterxml.jackson.core..")
                .because("the event records are plain data; how they are read and written is EventJson's")
                .check(CONTRACTS);
    }
}
