package org.grantsplatform.portal.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * How the portal words a refusal: each problem type of the services (service-runtime's ProblemMapper, the gateway)
 * as a title, the error pages, a form's error summary, the framing of a violation, and the names of the facts a
 * service's violation may name that no input holds. The services' own messages stay as they wrote them (English).
 * Texts in {@code messages/problem_<language>.properties}.
 */
@MessageBundle(value = "problem", locale = "en")
public interface ProblemTexts {

    // problem types (https://grants-platform.org/problems/...) as titles
    String type_invalid_request();
    String type_business_rule();
    String type_conflict();
    String type_not_found();
    String type_forbidden();
    String type_unauthenticated();
    String type_payload_too_large();
    String type_rate_limited();
    String type_internal_error();
    String type_unavailable();
    String type_bad_gateway();
    String type_other();

    // error pages
    String session_ended();
    String forbidden_action();
    String forbidden_page();
    String not_found();
    String refused();
    String unavailable();
    String go_home();

    // a form's error summary (tags/errors)
    String errors_intro();
    String errors_beside();

    // the framing of a service's violation
    String not_accepted();
    String expected_found(String expected, String actual);
    String required();
    String entry(int number);

    // facts a violation may name that no input of a form holds (grants-service's eligibility)
    String field_association();
    String field_programme();
    String field_association_region();
    String field_association_verified();
    String field_association_member_count();
    String field_association_transparency_rate();
    String field_programme_status();
    String field_programme_dates();
}
