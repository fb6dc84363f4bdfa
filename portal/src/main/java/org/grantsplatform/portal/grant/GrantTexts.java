package org.grantsplatform.portal.grant;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The grantee's grant pages: My grants, a grant with its tranches, a milestone report. Texts in
 * {@code messages/grant_<language>.properties}.
 */
@MessageBundle(value = "grant", locale = "en")
public interface GrantTexts {

    // My grants
    String nothing_on_page();
    String go_first();
    String no_grants();
    String grants_caption();
    String grant();
    String programme();
    String association();
    String status();
    String awarded();
    String paid();
    String reports_to_send();
    String none();

    // a grant's page
    String grant_title(String title);
    String the_grant();
    String paid_so_far();
    String awarded_on();
    String application();
    String the_application();
    String tranches();
    String no_tranches();
    String tranches_caption();
    String tranche();
    String amount();
    String due();
    String milestone();
    String payment();
    String milestone_report();
    String report_no_milestone();
    String report_none();
    String report_not_due();
    String report_submitted();
    String report_accepted();
    String report_returned();
    String write_report();
    String send_again();
    String write_report_label(int number);
    String send_again_label(int number);
    String notice_reported();

    // a milestone report
    String report_title(int number, String title);
    String back_to_grant();
    String report();
    String tranche_line(int number, String amount, String due);
    String sent_back();
    String no_report_due();
    String grant_is(String status);
    String planned();
    String planned_line(String indicator, String baseline, String target);
    String planned_line_no_baseline(String indicator, String target);
    String achieved();
    String indicators();
    String indicators_hint();
    String add_indicator();
    String send_report();
    String indicator();
    String name();
    String actual();
}
