package org.grantsplatform.runtime.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/**
 * The design rules every service's {@code ArchitectureTest} holds (README, "Architecture"), written once.
 * A service is the packages under {@code org.grantsplatform.<service>}; the rules read its compiled main classes.
 */
public final class ArchitectureRules {

    /** Every service's root package; a service may reach another only through events and HTTP. */
    public static final String[] SERVICES = {"associations", "grants", "reporting", "portal"};

    private static final String PANACHE_ENTITY = "io.quarkus.hibernate.orm.panache.PanacheEntityBase";

    private ArchitectureRules() {
    }

    /** The main classes of a service (or of service-runtime: {@code runtime}), without its tests. */
    public static JavaClasses mainClassesOf(String service) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root(service));
    }

    public static ArchRule usesNoOtherService(String service) {
        String[] others = Arrays.stream(SERVICES).filter(s -> !s.equals(service)).map(s -> root(s) + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(root(service) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share only events (event-contracts) and plumbing (service-runtime)");
    }

    /**
     * Resources stay thin: what an entity's static methods do (queries, locks) belongs to a service class, so
     * that the transaction and the rules around it live in one place.
     */
    public static ArchRule resourcesCallNoPanacheStatics() {
        return noClasses().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().callMethodWhere(staticMethodOfAPanacheEntity())
                .because("resources are thin: queries and locks belong to the aggregate's service");
    }

    /** The packages of one aggregate each may depend on one another only one way. */
    public static ArchRule packagesFreeOfCycles(String service) {
        return slices().matching(root(service) + ".(*)..").should().beFreeOfCycles();
    }

    private static String root(String service) {
        return "org.grantsplatform." + service;
    }

    private static DescribedPredicate<JavaMethodCall> staticMethodOfAPanacheEntity() {
        return DescribedPredicate.describe("a static method of a Panache entity",
                call -> call.getTargetOwner().isAssignableTo(PANACHE_ENTITY)
                        && call.getTarget().resolveMember()
                                .map(m -> m.getModifiers().contains(JavaModifier.STATIC)).orElse(false));
    }
}
