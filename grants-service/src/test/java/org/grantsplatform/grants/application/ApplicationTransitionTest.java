package org.grantsplatform.grants.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action on an application from every status that does not allow it is a 409 and changes nothing. */
@QuarkusTest
class ApplicationTransitionTest {

    private static Map<ApplicationStatus, String> inStatus;
    private static String programmeId;

    static Stream<Arguments> wrongStates() {
        Map<String, Set<ApplicationStatus>> allowed = Map.of(
                "edit", EnumSet.of(ApplicationStatus.DRAFT),
                "submit", EnumSet.of(ApplicationStatus.DRAFT),
                "withdraw", EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
                        ApplicationStatus.UNDER_REVIEW),
                "screen", EnumSet.of(ApplicationStatus.SUBMITTED),
                "assign reviewers", EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW),
                // reviewer1 is assigned from SUBMITTED on; on a DRAFT they are out of scope (404)
                "review", EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.UNDER_REVIEW),
                // the donor does not see drafts (404)
                "decide", EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.UNDER_REVIEW));
        return allowed.entrySet().stream().flatMap(action -> EnumSet.complementOf(EnumSet.copyOf(action.getValue()))
                .stream().map(status -> Arguments.of(action.getKey(), status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("wrongStates")
    void shouldRefuseATransitionFromAWrongStatusWith409(String action, ApplicationStatus status) {
        String id = applicationIn(status);
        int historyBefore = historyEvents("/api/applications/" + id).size();

        ACTIONS.get(action).apply(id).statusCode(409).contentType(startsWith("application/problem+json"));

        as("pm1").get("/api/applications/" + id).then().body("status", equalTo(status.name()));
        assertThat(historyEvents("/api/applications/" + id)).hasSize(historyBefore);
    }

    private static final Map<String, Function<String, ValidatableResponse>> ACTIONS = Map.of(
            "edit", id -> as("assoc1").body(withVersion(id)).put("/api/applications/" + id).then(),
            "submit", id -> submit(id),
            "withdraw", id -> as("assoc1").post("/api/applications/" + id + "/withdraw").then(),
            "screen", id -> screen(id, true),
            "assign reviewers", id -> assign(id, "reviewer2"),
            "review", id -> review("reviewer1", id, 5, 5),
            "decide", id -> decide("donor1", id, 1000));

    private static Map<String, Object> withVersion(String id) {
        Map<String, Object> body = application(programmeId, association());
        body.put("version", as("assoc1").get("/api/applications/" + id).then().extract().path("version"));
        return body;
    }

    /** One application in each status, made once and never moved by these tests (they only try wrong moves). */
    private static synchronized String applicationIn(ApplicationStatus status) {
        if (inStatus == null) {
            programmeId = openProgramme(programme("budget", 1000000));
            inStatus = new EnumMap<>(ApplicationStatus.class);
            inStatus.put(ApplicationStatus.DRAFT, draft(programmeId));
            String submitted = submitted(programmeId);
            assign(submitted, "reviewer1").statusCode(200);
            inStatus.put(ApplicationStatus.SUBMITTED, submitted);
            inStatus.put(ApplicationStatus.UNDER_REVIEW, reviewed());
            String ineligible = submitted(programmeId);
            assign(ineligible, "reviewer1").statusCode(200);
            screen(ineligible, false).statusCode(200);
            inStatus.put(ApplicationStatus.INELIGIBLE, ineligible);
            String awarded = reviewed();
            decide("donor1", awarded, 30000).statusCode(200);
            inStatus.put(ApplicationStatus.AWARDED, awarded);
            String rejected = reviewed();
            as("donor1").body(Map.of("outcome", "REJECT", "reason", "weaker than others"))
                    .post("/api/applications/" + rejected + "/decision").then().statusCode(200);
            inStatus.put(ApplicationStatus.REJECTED, rejected);
            String withdrawn = reviewed();
            // the note is optional
            as("assoc1").post("/api/applications/" + withdrawn + "/withdraw").then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN"));
            inStatus.put(ApplicationStatus.WITHDRAWN, withdrawn);
            assertThat(List.copyOf(inStatus.keySet())).containsExactly(ApplicationStatus.values());
        }
        return inStatus.get(status);
    }

    private static String reviewed() {
        String id = underReview(programmeId);
        assign(id, "reviewer1").statusCode(200);
        return id;
    }
}
