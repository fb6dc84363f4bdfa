package org.grantsplatform.portal.programme;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The calls pages (open and closed calls, a call, where each of the user's associations stands) and the sentences
 * of grants-service's eligibility rules ({@link RuleSentences}). Texts in {@code messages/calls_<language>.properties}.
 */
@MessageBundle(value = "calls", locale = "en")
public interface CallsTexts {

    // the calls pages
    String closed_calls();
    String calls_by_status();
    String no_association();
    String register_yours();
    String to_see_and_apply();
    String to_apply();
    String none_closed();
    String none_open();
    String donor();
    String windows();
    String opens();
    String closes();
    String currency();
    String budget();
    String budget_left();
    String largest_grant();
    String status();
    String your_associations();

    // a call's page
    String the_call();
    String what_it_funds();
    String who_may_apply();
    String any_region();
    String associations_in();
    String verified_by_pm();
    String at_least_members(String count);
    String at_least_reporting(String rate);
    String requests_up_to(String amount);
    String how_scored();
    String criterion();
    String weight();
    String scored_out_of();

    // where an association stands on a call
    String closed();
    String qualifies();
    String apply();
    String apply_label(String programme, String association);
    String unknown();
    String unknown_hint();
    String not_qualified();
    String one_rule();
    String rules(int count);
    String another_association();

    // grants-service's eligibility rules as sentences
    String rule_programme_open(String expected, String actual);
    String rule_dates(String from, String to, String today);
    String rule_verified();
    String rule_region(String regions, String region);
    String or();
    String rule_min_members(String min, String count);
    String rule_min_transparency(String min, String rate);
    String rule_min_transparency_none(String min);
    String rule_not_met();
}
