package org.grantsplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** grants-service's copy of an association's eligibility facts follows what happens in associations-service. */
@ExtendWith(Platform.class)
class AssociationFactsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void shouldFollowMembersTransparencyVerificationAndRevocation() {
        Platform.Response created = Platform.post(ASSOCIATIONS, "/api/associations", "assoc2", """
                {"name":"Facts Follow Network %s","country":"GH","region":"AFRICA"}""".formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String members = "/api/associations/" + id + "/members";

        List<String> memberIds = new ArrayList<>();
        for (String name : List.of("Sinapi Aba", "Opportunity Ghana", "Bayport", "Advans Ghana")) {
            Platform.Response member = Platform.post(ASSOCIATIONS, members, "assoc2",
                    "{\"name\":\"" + name + "\",\"country\":\"GH\",\"joinedYear\":2015}");
            assertThat(member.status()).as(member.body()).isEqualTo(201);
            memberIds.add(member.json().get("id").asText());
        }
        int year = Year.now().getValue() - 1;
        for (String member : memberIds.subList(0, 3)) {
            Platform.Response report = Platform.put(ASSOCIATIONS, members + "/" + member + "/sp-reports/" + year,
                    "assoc2", "{\"activeBorrowers\":12000,\"womenBorrowersPct\":61.5}");
            assertThat(report.status()).as(report.body()).isIn(200, 201);
        }
        awaitFacts(id, facts -> {
            assertThat(facts.get("memberCount").asInt()).isEqualTo(4);
            assertThat(facts.get("transparencyYear").asInt()).isEqualTo(year);
            assertThat(facts.get("transparencyRate").decimalValue()).isEqualByComparingTo("0.75");
            assertThat(facts.get("verified").asBoolean()).isFalse();
        });

        verification(id, true);
        awaitFacts(id, facts -> assertThat(facts.get("verified").asBoolean()).isTrue());

        verification(id, false);
        awaitFacts(id, facts -> assertThat(facts.get("verified").asBoolean()).isFalse());
    }

    private static void verification(String id, boolean verified) {
        Platform.Response answer = Platform.post(ASSOCIATIONS, "/api/associations/" + id + "/verification", "pm1",
                "{\"verified\":" + verified + ",\"note\":\"documents checked\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static void awaitFacts(String id, java.util.function.Consumer<JsonNode> expectation) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Platform.Response facts = Platform.get(GRANTS, "/api/associations/" + id, "donor1");
            assertThat(facts.status()).isEqualTo(200);
            expectation.accept(facts.json());
        });
    }
}
