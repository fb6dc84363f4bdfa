package org.grantsplatform.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormRow;
import org.grantsplatform.portal.web.Problem;
import org.junit.jupiter.api.Test;

class ProgrammeFormTest {

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static final MultivaluedMap<String, String> TYPED = form(
            "name", "Rural Outreach Fund", "description", "", "donorName", "Whitfield Foundation", "currency", "USD",
            "budget", "100000", "maxGrant", "40k", "windows", "INNOVATION", "windows", "MEMBER_TRAINING",
            "opensOn", "2027-01-15", "closesOn", "", "eligibility.regions", "AFRICA",
            "eligibility.minTransparencyRate", "0.5", "eligibility.minMemberCount", "three",
            "rubric[0].criterion", "Relevance", "rubric[0].weight", "0.6", "rubric[0].maxScore", "10",
            "rubric[1].criterion", "", "rubric[1].weight", "", "rubric[1].maxScore", "",
            "rubric[2].criterion", "Cost", "rubric[2].weight", "0.4", "rubric[2].maxScore", "5.5",
            "version", "4");

    @Test
    void theBodyIsTheServicesProgrammeRequestWithNumbersAsNumbersOrAsTyped() {
        Map<String, Object> body = ProgrammeForm.posted(TYPED).body(true);

        assertThat(body).containsEntry("name", "Rural Outreach Fund").containsEntry("description", null)
                .containsEntry("budget", new BigDecimal("100000")).containsEntry("maxGrant", "40k")
                .containsEntry("opensOn", "2027-01-15").containsEntry("closesOn", null).containsEntry("version", 4L);
        assertThat(body.get("windows")).isEqualTo(List.of("INNOVATION", "MEMBER_TRAINING"));
        @SuppressWarnings("unchecked")
        Map<String, Object> eligibility = (Map<String, Object>) body.get("eligibility");
        assertThat(eligibility).containsEntry("regions", List.of("AFRICA"))
                .as("an unticked box is false, never absent: the service requires it")
                .containsEntry("requireVerified", false)
                .containsEntry("minTransparencyRate", new BigDecimal("0.5")).containsEntry("minMemberCount", "three");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rubric = (List<Map<String, Object>>) body.get("rubric");
        assertThat(rubric).as("the blank row is left out").hasSize(2);
        assertThat(rubric.get(0)).containsEntry("criterion", "Relevance").containsEntry("weight", new BigDecimal("0.6"))
                .containsEntry("maxScore", 10L);
        assertThat(rubric.get(1)).containsEntry("criterion", "Cost").containsEntry("maxScore", "5.5");
    }

    @Test
    void aNewProgrammeHasNoVersionAndAnEmptyMinimumIsAbsent() {
        Map<String, Object> body = ProgrammeForm.posted(form("name", "Fund", "eligibility.requireVerified", "true",
                "eligibility.minMemberCount", " ")).body(false);

        assertThat(body).doesNotContainKey("version");
        @SuppressWarnings("unchecked")
        Map<String, Object> eligibility = (Map<String, Object>) body.get("eligibility");
        assertThat(eligibility).containsEntry("requireVerified", true).containsEntry("minMemberCount", null)
                .containsEntry("regions", List.of());
    }

    @Test
    void aRefusedFormShowsTheRubricAsSentSoTheServicesRowNumbersAreTheRowsShown() {
        ProgrammeForm sent = ProgrammeForm.posted(TYPED).asSent();

        assertThat(sent.rubric()).extracting(r -> r.value("criterion")).containsExactly("Relevance", "Cost");
        FormRow cost = sent.rubric().get(1);
        assertThat(cost.name("maxScore")).isEqualTo("rubric[1].maxScore");

        Problem problem = new Problem(null, "Invalid request", 400, null, List.of(
                new Problem.Violation("rubric[1].maxScore", "must be a number", null, null, null),
                new Problem.Violation("eligibility.minMemberCount", "must be a number", null, null, null),
                new Problem.Violation("rubric", "weights must add up to exactly 1, not 0.9", null, null, null)));
        FieldErrors errors = FieldErrors.of(problem, sent.fields());
        assertThat(errors.of("rubric[1].maxScore")).isEqualTo("must be a number");
        assertThat(errors.has("eligibility.minMemberCount")).isTrue();
        assertThat(errors.of("rubric")).contains("add up to exactly 1");
        assertThat(errors.summary()).as("every violation has its place on the form").isEmpty();
    }

    @Test
    void rowsAreAddedAndRemovedWithoutJavaScriptAndOneRowAlwaysStays() {
        ProgrammeForm typed = ProgrammeForm.posted(TYPED);

        ProgrammeForm longer = typed.withCriterion();
        assertThat(longer.rubric()).hasSize(4);
        assertThat(longer.rubric().get(3).name("weight")).isEqualTo("rubric[3].weight");

        ProgrammeForm shorter = typed.withoutCriterion(0);
        assertThat(shorter.rubric()).extracting(r -> r.value("criterion")).containsExactly("", "Cost");
        assertThat(shorter.rubric().get(1).name("criterion")).as("numbered again").isEqualTo("rubric[1].criterion");

        ProgrammeForm one = ProgrammeForm.posted(form("rubric[0].criterion", "Relevance")).withoutCriterion(0);
        assertThat(one.rubric()).hasSize(1);
        assertThat(one.rubric().get(0).blank()).isTrue();
        assertThat(typed.withoutCriterion(-1).rubric()).as("an index that is no row removes nothing").hasSize(3);
    }

    @Test
    void aSavedDraftIsEditedAsItStands() {
        Programme saved = new Programme(UUID.randomUUID(), "Fund", null, "Whitfield", "sub", "EUR",
                new BigDecimal("100000.00"), new BigDecimal("40000.00"), List.of("INNOVATION"),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 30),
                new Programme.Eligibility(List.of("ASIA"), true, new BigDecimal("0.5000"), 3),
                List.of(new Programme.Criterion("Relevance", new BigDecimal("0.600"), 10),
                        new Programme.Criterion("Cost", new BigDecimal("0.400"), 5)),
                "DRAFT", BigDecimal.ZERO, new BigDecimal("100000.00"), 7);

        ProgrammeForm form = ProgrammeForm.of(saved);

        assertThat(form.budget()).isEqualTo("100000");
        assertThat(form.opensOn()).isEqualTo("2027-01-15");
        assertThat(form.offers("INNOVATION")).isTrue();
        assertThat(form.admits("ASIA")).isTrue();
        assertThat(form.admits("AFRICA")).isFalse();
        assertThat(form.requireVerified()).isTrue();
        assertThat(form.minTransparencyRate()).isEqualTo("0.5");
        assertThat(form.minMemberCount()).isEqualTo("3");
        assertThat(form.rubric()).extracting(r -> r.value("weight")).containsExactly("0.6", "0.4");
        assertThat(form.weightTotal()).isEqualByComparingTo("1");
        assertThat(form.version()).isEqualTo("7");
    }
}
