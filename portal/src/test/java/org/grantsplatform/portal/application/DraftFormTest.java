package org.grantsplatform.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormRow;
import org.grantsplatform.portal.web.Problem;
import org.junit.jupiter.api.Test;

class DraftFormTest {

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static final MultivaluedMap<String, String> TYPED = form(
            "title", "Training", "requestedAmount", "30000", "strategies", "MEMBER_CAPACITY",
            "budgetLines[0].category", "Trainers", "budgetLines[0].description", "", "budgetLines[0].amount", "18000.50",
            "budgetLines[1].category", "", "budgetLines[1].description", "", "budgetLines[1].amount", "",
            "budgetLines[2].category", "Venues", "budgetLines[2].description", "Hotel", "budgetLines[2].amount", "12x000",
            "outcomes[0].indicator", "", "outcomes[0].baseline", "", "outcomes[0].target", "",
            "durationMonths", "twelve", "version", "3");

    @Test
    void blankRowsAreDroppedAndAmountsGoOutAsNumbersOrAsTyped() {
        Map<String, Object> body = DraftForm.posted(TYPED).body(UUID.randomUUID(), UUID.randomUUID(), true);

        assertThat(body.get("requestedAmount")).isEqualTo(new BigDecimal("30000"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) body.get("budgetLines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).containsEntry("amount", new BigDecimal("18000.50")).containsEntry("description", null);
        assertThat(lines.get(1)).containsEntry("category", "Venues").containsEntry("amount", "12x000");
        assertThat((List<?>) body.get("outcomes")).isEmpty();
        assertThat(body.get("durationMonths")).isEqualTo("twelve");
        assertThat(body.get("version")).isEqualTo(3L);
        assertThat(body.get("window")).isNull();
        assertThat(body.get("strategies")).isEqualTo(List.of("MEMBER_CAPACITY"));
    }

    @Test
    void aRefusedFormShowsTheRowsAsSentSoTheServicesRowNumbersAreTheRowsShown() {
        DraftForm sent = DraftForm.posted(TYPED).asSent();

        assertThat(sent.budgetLines()).extracting(r -> r.value("category")).containsExactly("Trainers", "Venues", "");
        FormRow venues = sent.budgetLines().get(1);
        assertThat(venues.name("amount")).isEqualTo("budgetLines[1].amount");
        assertThat(venues.value("amount")).isEqualTo("12x000");

        Problem problem = new Problem(null, "Invalid request", 400, null,
                List.of(new Problem.Violation("budgetLines[1].amount", "must be a number", null, null, null)));
        FieldErrors errors = FieldErrors.of(problem, sent.fields());
        assertThat(errors.of(venues.name("amount"))).isEqualTo("must be a number");
        assertThat(errors.summary()).isEmpty();
    }

    @Test
    void addingARowKeepsWhatWasTypedAndNumbersTheNewRowNext() {
        DraftForm longer = DraftForm.posted(TYPED).withBudgetLine();

        assertThat(longer.budgetLines()).hasSize(4);
        assertThat(longer.budgetLines().get(1).blank()).isTrue();
        assertThat(longer.budgetLines().get(3).name("category")).isEqualTo("budgetLines[3].category");
        assertThat(DraftForm.BUDGET_LINES.nextIndex(TYPED)).isEqualTo(3);
    }

    @Test
    void theTotalBeforeAnyScriptCountsTheAmountsThatAreNumbers() {
        assertThat(DraftForm.posted(TYPED).budgetTotal()).isEqualByComparingTo("18000.50");
    }
}
