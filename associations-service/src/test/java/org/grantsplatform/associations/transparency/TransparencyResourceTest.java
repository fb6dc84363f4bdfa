package org.grantsplatform.associations.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.associations.TestApi.UNKNOWN_ID;
import static org.grantsplatform.associations.TestApi.addMember;
import static org.grantsplatform.associations.TestApi.anonymous;
import static org.grantsplatform.associations.TestApi.awaitEvents;
import static org.grantsplatform.associations.TestApi.donor;
import static org.grantsplatform.associations.TestApi.last;
import static org.grantsplatform.associations.TestApi.member;
import static org.grantsplatform.associations.TestApi.owner;
import static org.grantsplatform.associations.TestApi.registerAssociation;
import static org.grantsplatform.associations.TestApi.report;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TransparencyResourceTest {

    @Test
    void shouldGiveTheShareOfMembersThatHadJoinedAndReportedPerYear() {
        String id = registerAssociation();
        String founder = addMember(id, "Founder MFI", 2015);
        String unknownSince = addMember(id, "Member Since Unknown", null);
        String early = addMember(id, "Early MFI", 2018);
        String late = addMember(id, "Late MFI", 2020);
        report(id, founder, 2019);
        report(id, unknownSince, 2019);
        report(id, early, 2019);
        // before it joined: kept, but not counted
        report(id, late, 2019);
        report(id, founder, 2021);
        report(id, unknownSince, 2021);
        report(id, late, 2021);

        donor().when().get("/api/associations/{id}/transparency", id)
                .then().statusCode(200)
                .body("associationId", equalTo(id))
                .body("years.year", equalTo(List.of(2021, 2019)))
                .body("years.members", equalTo(List.of(4, 3)))
                .body("years.membersReporting", equalTo(List.of(3, 3)))
                .body("years.rate", equalTo(List.of(0.75f, 1.0f)));
        donor().when().get("/api/associations/{id}", id)
                .then().body("transparencyYear", equalTo(2021)).body("transparencyRate", equalTo(0.75f));

        CloudEvent submitted = last(awaitEvents(id, EventTypes.ASSOCIATION_REGISTERED, EventTypes.MEMBER_CHANGED,
                EventTypes.MEMBER_CHANGED, EventTypes.MEMBER_CHANGED, EventTypes.MEMBER_CHANGED,
                EventTypes.SP_REPORT_SUBMITTED, EventTypes.SP_REPORT_SUBMITTED, EventTypes.SP_REPORT_SUBMITTED,
                EventTypes.SP_REPORT_SUBMITTED, EventTypes.SP_REPORT_SUBMITTED, EventTypes.SP_REPORT_SUBMITTED,
                EventTypes.SP_REPORT_SUBMITTED));
        assertThat(submitted.data().at("/transparency/year").asInt()).isEqualTo(2021);
        assertThat(submitted.data().at("/transparency/members").asInt()).isEqualTo(4);
        assertThat(submitted.data().at("/transparency/membersReporting").asInt()).isEqualTo(3);
        assertThat(submitted.data().at("/transparency/rate").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(submitted.data().at("/association/transparencyRate").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(submitted.data().at("/association/memberCount").asInt()).isEqualTo(4);
    }

    @Test
    void shouldFollowTheMembersAndTheirJoiningYears() {
        String id = registerAssociation();
        String reporting = addMember(id, "Reporting MFI", 2010);
        report(id, reporting, 2022);
        String silent = addMember(id, "Silent MFI", 2010);

        donor().when().get("/api/associations/{id}", id)
                .then().body("transparencyYear", equalTo(2022)).body("transparencyRate", equalTo(0.5f));

        owner().body(member("Silent MFI", 2023).replace("}", ",\"version\":0}"))
                .when().put("/api/associations/{id}/members/{memberId}", id, silent)
                .then().statusCode(200);

        donor().when().get("/api/associations/{id}", id)
                .then().body("transparencyRate", equalTo(1.0f));
        CloudEvent changed = last(awaitEvents(id, EventTypes.ASSOCIATION_REGISTERED, EventTypes.MEMBER_CHANGED,
                EventTypes.SP_REPORT_SUBMITTED, EventTypes.MEMBER_CHANGED, EventTypes.MEMBER_CHANGED));
        assertThat(changed.data().at("/association/transparencyRate").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void shouldHaveNoYearsAndNoRateBeforeAnyReport() {
        String id = registerAssociation();
        addMember(id, "Quiet MFI", 2010);

        donor().when().get("/api/associations/{id}/transparency", id)
                .then().statusCode(200).body("years", equalTo(List.of()));
        donor().when().get("/api/associations/{id}", id)
                .then().body("transparencyYear", nullValue()).body("transparencyRate", nullValue());
    }

    @Test
    void shouldAnswer404ForAnUnknownAssociation() {
        donor().when().get("/api/associations/{id}/transparency", UNKNOWN_ID)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldAnswerWithoutATokenWith401() {
        anonymous().when().get("/api/associations/{id}/transparency", UNKNOWN_ID)
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }
}
