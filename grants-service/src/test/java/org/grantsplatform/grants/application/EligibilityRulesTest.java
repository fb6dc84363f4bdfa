package org.grantsplatform.grants.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.events.reference.Strategy;
import org.grantsplatform.grants.association.AssociationFact;
import org.grantsplatform.grants.programme.Programme;
import org.grantsplatform.grants.programme.ProgrammeStatus;
import org.grantsplatform.runtime.problem.Problem.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of submission without a database: each failing on its own names only itself with what it expected
 * and found; EligibilityTest checks the same rules through the API.
 */
class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    /** What breaks one rule, on an application, programme and association that together meet every rule. */
    record Breach(Consumer<Application> application, Consumer<Programme> programme,
            Consumer<AssociationFact> association) {
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("programme-open", "programme.status", "OPEN", "CLOSED",
                        p(p -> p.status = ProgrammeStatus.CLOSED)),
                rule("within-programme-dates", "programme.closesOn", "2026-03-16..2026-04-30", "2026-03-15",
                        p(p -> p.opensOn = TODAY.plusDays(1))),
                rule("within-programme-dates", "programme.closesOn", "2026-02-01..2026-03-14", "2026-03-15",
                        p(p -> p.closesOn = TODAY.minusDays(1))),
                rule("association-verified", "association.verified", "true", "false",
                        f(f -> f.verified = false)),
                rule("association-region", "association.region", "AFRICA,ASIA", "EUROPE",
                        f(f -> f.region = "EUROPE")),
                rule("min-member-count", "association.memberCount", ">= 3", "2", f(f -> f.memberCount = 2)),
                rule("min-transparency-rate", "association.transparencyRate", ">= 0.5", "0.25",
                        f(f -> f.transparencyRate = new BigDecimal("0.2500"))),
                rule("min-transparency-rate", "association.transparencyRate", ">= 0.5", "none",
                        f(f -> f.transparencyRate = null)),
                rule("window-offered", "window", "CAPACITY_BUILDING,MEMBER_TRAINING", "INNOVATION",
                        a(a -> a.window = FundingWindow.INNOVATION)),
                rule("amount-positive", "requestedAmount", "> 0", "0.00",
                        a(a -> {
                            a.requestedAmount = new BigDecimal("0.00");
                            a.budgetLines = List.of();
                        })),
                rule("max-grant", "requestedAmount", "<= 50000.00", "60000.00",
                        a(a -> {
                            a.requestedAmount = new BigDecimal("60000.00");
                            a.budgetLines = List.of(new BudgetLine("staff", null, new BigDecimal("60000.00")));
                        })),
                rule("budget-lines-sum", "budgetLines", "40000.00", "39999.99",
                        a(a -> a.budgetLines.get(1).amount = new BigDecimal("9999.99"))),
                rule("required", "summary", "a summary", "none", a(a -> a.summary = " ")),
                rule("required", "strategies", "at least one strategy", "none", a(a -> a.strategies = Set.of())),
                rule("required", "durationMonths", "1 to 120", "none", a(a -> a.durationMonths = null)));
    }

    @ParameterizedTest(name = "{0} on {1}: {3}")
    @MethodSource("rules")
    void shouldNameOnlyTheRuleThatFails(String rule, String field, String expected, String actual, Breach breach) {
        Application application = application();
        Programme programme = programme();
        AssociationFact association = association();
        breach.application().accept(application);
        breach.programme().accept(programme);
        breach.association().accept(association);

        assertThat(Eligibility.check(application, programme, association, TODAY))
                .extracting(Violation::rule, Violation::field, Violation::expected, Violation::actual)
                .containsExactly(tuple(rule, field, expected, actual));
    }

    @Test
    void shouldAcceptAnApplicationThatMeetsEveryRule() {
        assertThat(Eligibility.check(application(), programme(), association(), TODAY)).isEmpty();
        assertThat(Eligibility.check(application(), programme(), association(), programme().opensOn)).isEmpty();
        assertThat(Eligibility.check(application(), programme(), association(), programme().closesOn)).isEmpty();
    }

    @Test
    void shouldListEveryFailedRuleAtOnce() {
        Programme programme = programme();
        programme.status = ProgrammeStatus.CLOSED;
        Application application = application();
        application.window = FundingWindow.INNOVATION;
        application.summary = null;

        assertThat(Eligibility.check(application, programme, null, TODAY)).extracting(Violation::rule)
                .containsExactly("programme-open", "association-known", "window-offered", "required");
    }

    @Test
    void shouldJudgeAnAssociationAloneWithoutTheApplicationsRules() {
        AssociationFact small = association();
        small.memberCount = 1;

        assertThat(Eligibility.ofAssociation(programme(), association(), TODAY)).isEmpty();
        assertThat(Eligibility.ofAssociation(programme(), small, TODAY)).extracting(Violation::rule)
                .containsExactly("min-member-count");
        assertThat(Eligibility.ofAssociation(programme(), null, TODAY)).extracting(Violation::rule)
                .containsExactly("association-known");
    }

    @Test
    void shouldLeaveOutTheRulesAProgrammeDoesNotSet() {
        Programme open = programme();
        open.regions = Set.of();
        open.requireVerified = false;
        open.minMemberCount = null;
        open.minTransparencyRate = null;
        AssociationFact unverified = association();
        unverified.verified = false;
        unverified.region = "OCEANIA";
        unverified.memberCount = 0;
        unverified.transparencyRate = null;

        assertThat(Eligibility.ofAssociation(open, unverified, TODAY)).isEmpty();
    }

    private static Arguments rule(String rule, String field, String expected, String actual, Breach breach) {
        return Arguments.of(rule, field, expected, actual, breach);
    }

    private static Breach a(Consumer<Application> breach) {
        return new Breach(breach, p -> { }, f -> { });
    }

    private static Breach p(Consumer<Programme> breach) {
        return new Breach(a -> { }, breach, f -> { });
    }

    private static Breach f(Consumer<AssociationFact> breach) {
        return new Breach(a -> { }, p -> { }, breach);
    }

    private static Programme programme() {
        Programme p = new Programme();
        p.status = ProgrammeStatus.OPEN;
        p.opensOn = LocalDate.of(2026, 2, 1);
        p.closesOn = LocalDate.of(2026, 4, 30);
        p.maxGrant = new BigDecimal("50000.00");
        p.windows = Set.of(FundingWindow.CAPACITY_BUILDING, FundingWindow.MEMBER_TRAINING);
        p.regions = Set.of(Region.AFRICA, Region.ASIA);
        p.requireVerified = true;
        p.minMemberCount = 3;
        p.minTransparencyRate = new BigDecimal("0.5000");
        return p;
    }

    private static AssociationFact association() {
        AssociationFact f = new AssociationFact();
        f.verified = true;
        f.region = "AFRICA";
        f.memberCount = 12;
        f.transparencyRate = new BigDecimal("0.7500");
        return f;
    }

    private static Application application() {
        Application a = new Application();
        a.window = FundingWindow.CAPACITY_BUILDING;
        a.summary = "one SPM officer in each member MFI";
        a.strategies = Set.of(Strategy.MEMBER_CAPACITY);
        a.durationMonths = 18;
        a.requestedAmount = new BigDecimal("40000.00");
        a.budgetLines = List.of(new BudgetLine("staff", null, new BigDecimal("30000.00")),
                new BudgetLine("travel", null, new BigDecimal("10000.00")));
        return a;
    }
}
