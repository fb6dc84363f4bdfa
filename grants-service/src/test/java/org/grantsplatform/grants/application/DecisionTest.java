package org.grantsplatform.grants.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecisionTest {

    @Test
    void shouldRefuseAnAwardOverTheRequestedAmount() {
        String id = underReview(openProgramme());
        decide("donor1", id, 40000.01).statusCode(422)
                .body("violations.rule", equalTo(List.of("award-within-request")))
                .body("violations[0].expected", equalTo("<= 40000.00"));
        as("donor1").get("/api/applications/" + id).then().body("status", equalTo("UNDER_REVIEW"));
    }

    @Test
    void shouldRefuseAnAwardOverTheRemainingBudgetAndCommitNothing() {
        String programme = openProgramme(programme("budget", 60000));
        decide("donor1", underReview(programme), 40000).statusCode(200);
        String second = underReview(programme);

        decide("donor1", second, 30000).statusCode(422)
                .body("violations.rule", equalTo(List.of("award-within-remaining-budget")))
                .body("violations[0].expected", equalTo("<= 20000.00"))
                .body("violations[0].actual", equalTo("30000.00"));
        as("donor1").get("/api/programmes/" + programme).then()
                .body("committed", equalTo(40000.00f)).body("remaining", equalTo(20000.00f));
        decide("donor1", second, 20000).statusCode(200);
    }

    @Test
    void shouldLetOnlyAsManyConcurrentAwardsSucceedAsTheBudgetHolds() {
        // 50 000 holds two awards of 20 000; four race for it
        String programme = openProgramme(programme("budget", 50000));
        List<String> applications = List.of(underReview(programme), underReview(programme),
                underReview(programme), underReview(programme));
        ExecutorService pool = Executors.newFixedThreadPool(applications.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Response>> decisions = applications.stream()
                    .map(id -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return as("donor1").body(Map.of("outcome", "AWARD", "amount", 20000, "reason", "race"))
                                .post("/api/applications/" + id + "/decision");
                    }, pool)).toList();
            start.countDown();
            List<Integer> statuses = decisions.stream().map(f -> f.join().statusCode()).sorted().toList();

            assertThat(statuses).containsExactly(200, 200, 422, 422);
        } finally {
            pool.shutdownNow();
        }
        as("donor1").get("/api/programmes/" + programme).then()
                .body("committed", equalTo(40000.00f)).body("remaining", equalTo(10000.00f));
        as("donor1").queryParam("programmeId", programme).get("/api/grants").then().body("total", equalTo(2));
    }

    @Test
    void shouldReplayTheFirstAnswerForARepeatedIdempotencyKeyAndDecideOnce() {
        String programme = openProgramme();
        String id = underReview(programme);
        Map<String, Object> award = Map.of("outcome", "AWARD", "amount", 30000, "reason", "good");

        String first = as("donor1").header("Idempotency-Key", "decide-" + id).body(award)
                .post("/api/applications/" + id + "/decision").then().statusCode(200).extract().asString();
        String again = as("donor1").header("Idempotency-Key", "decide-" + id).body(award)
                .post("/api/applications/" + id + "/decision").then().statusCode(200)
                .header("Idempotency-Replayed", "true").extract().asString();

        assertThat(again).isEqualTo(first);
        as("donor1").get("/api/programmes/" + programme).then().body("committed", equalTo(30000.00f));
        as("donor1").post("/api/applications/" + id + "/decision").then().statusCode(400);
        as("donor1").body(award).post("/api/applications/" + id + "/decision").then().statusCode(409);
        as("donor1").header("Idempotency-Key", "decide-" + id).body(award)
                .post("/api/applications/" + underReview(programme) + "/decision").then().statusCode(422)
                .body("type", equalTo("https://grants-platform.org/problems/idempotency-key-reused"));
    }

    @Test
    void shouldRefuseAKeyReusedForAnotherDecisionAndLeaveTheAwardStanding() {
        String programme = openProgramme();
        String id = underReview(programme);
        String key = "decide-" + id;
        as("donor1").header("Idempotency-Key", key).body(Map.of("outcome", "AWARD", "amount", 30000, "reason", "good"))
                .post("/api/applications/" + id + "/decision").then().statusCode(200);

        as("donor1").header("Idempotency-Key", key).body(Map.of("outcome", "REJECT", "reason", "changed our mind"))
                .post("/api/applications/" + id + "/decision").then().statusCode(422)
                .contentType("application/problem+json")
                .header("Idempotency-Replayed", nullValue())
                .body("type", equalTo("https://grants-platform.org/problems/idempotency-key-reused"))
                .body("title", equalTo("Idempotency-Key reused"))
                .body("detail", equalTo("Idempotency-Key " + key + " was already used for a different request; "
                        + "send a new key for a new request"));
        as("donor1").header("Idempotency-Key", key).body(Map.of("outcome", "AWARD", "amount", 20000, "reason", "good"))
                .post("/api/applications/" + id + "/decision").then().statusCode(422);

        as("donor1").get("/api/applications/" + id).then().body("status", equalTo("AWARDED"))
                .body("awardedAmount", equalTo(30000.00f)).body("decisionReason", equalTo("good"));
        as("donor1").get("/api/programmes/" + programme).then().body("committed", equalTo(30000.00f));
    }

    @Test
    void shouldReplayTheSameDecisionHoweverItsJsonIsLaidOut() {
        String id = underReview(openProgramme());
        String key = "layout-" + id;
        as("donor1").header("Idempotency-Key", key)
                .body("{\"outcome\":\"AWARD\",\"amount\":30000,\"reason\":\"good\"}")
                .post("/api/applications/" + id + "/decision").then().statusCode(200);

        as("donor1").header("Idempotency-Key", key)
                .body("{ \"reason\": \"good\",\n  \"amount\": 30000, \"outcome\": \"AWARD\", \"unknown\": 1 }")
                .post("/api/applications/" + id + "/decision").then().statusCode(200)
                .header("Idempotency-Replayed", "true").body("status", equalTo("AWARDED"));
    }

    @Test
    void shouldRejectWithAReasonAndCreateNoGrant() {
        String id = underReview(openProgramme());
        as("donor1").body(Map.of("outcome", "REJECT")).post("/api/applications/" + id + "/decision")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        as("donor1").body(Map.of("outcome", "REJECT", "amount", 10, "reason", "x"))
                .post("/api/applications/" + id + "/decision").then().statusCode(400)
                .body("violations[0].field", equalTo("amount"));
        as("donor1").body(Map.of("outcome", "REJECT", "reason", "outside our strategy"))
                .post("/api/applications/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("grantId", nullValue())
                .body("decisionReason", equalTo("outside our strategy"));
    }

    @Test
    void shouldRefuseAnAwardWithThreeDecimals() {
        decide("donor1", underReview(openProgramme()), 1000.005).statusCode(400)
                .body("violations[0].field", equalTo("amount"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
