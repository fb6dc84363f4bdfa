package org.grantsplatform.portal.application;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The applicant's application pages: My applications, an application with its history, the draft form and
 * withdrawal. Texts in {@code messages/apply_<language>.properties}.
 */
@MessageBundle(value = "apply", locale = "en")
public interface ApplyTexts {

    // My applications
    String status();
    String any_status();
    String show();
    String nothing_on_page();
    String go_first();
    String none_with_status(String status);
    String no_applications();
    String find_call();
    String to_apply();
    String caption_all();
    String caption_status(String status);
    String title();
    String programme();
    String association();
    String requested();
    String submitted();
    String actions();
    String not_yet();
    String not_submitted();
    String edit();
    String edit_label(String title);
    String view();
    String view_label(String title);

    // an application's page
    String edit_draft();
    String submit_application();
    String withdraw();
    String the_application();
    String window();
    String strategies();
    String duration();
    String months(String count);
    String drafted();
    String the_decision();
    String outcome();
    String decided();
    String awarded();
    String score();
    String score_of(String score);
    String reason();
    String the_grant();
    String summary();
    String no_summary();
    String budget();
    String no_budget();
    String category();
    String description();
    String amount();
    String total();
    String planned_outcomes();
    String no_outcome();
    String indicator();
    String baseline();
    String target();
    String history();
    String nothing_recorded();
    String history_first(String size, String total);

    // an application's history
    String someone();
    String history_drafted();
    String history_review(String move);

    // notices after an action
    String notice_saved();
    String notice_submitted();
    String notice_withdrawn();
    String notice_not_submitted();
    String notice_saved_not_submitted();

    // the draft form
    String edit_title(String title);
    String new_application();
    String back_to_application();
    String back_to_call();
    String to_programme();
    String for_association();
    String amounts_in(String currency, String max);
    String summary_hint();
    String funding_window();
    String choose_window();
    String strategies_legend();
    String requested_amount();
    String budget_lines();
    String budget_hint(String currency);
    String budget_total();
    String add_budget_line();
    String outcomes_hint();
    String add_outcome();
    String duration_months();
    String save_draft();
    String save_and_submit();
    String budget_line();
    String planned_outcome();

    // withdrawal
    String withdraw_title(String title);
    String withdraw_application();
    String cannot_undo();
    String withdraw_warning(String title, String association, String programme);
    String no_longer(String status);
    String note_label();
}
