package org.grantsplatform.portal.programmanager;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The program manager's pages (screening, reviewer assignment, grants and tranches, association verification) in
 * every language: the texts live in {@code messages/pm_<language>.properties}, templates say {@code {pm:key}} and
 * Java code asks {@link ProgramManagerTexts}.
 */
@MessageBundle(value = "pm", locale = "en")
public interface ProgramManagerMessages {

    String page_empty();

    String page_first();

    String none();

    String quoted(String text);

    String total();

    String unknown_association();

    String verified();

    String not_verified();

    String revoked();

    String months(Integer n);

    String score_of_100(String score);

    String on_date(String date);

    String transparency_in(String rate, Integer year);

    String transparency_none();

    String col_title();

    String col_programme();

    String col_association();

    String col_requested();

    String col_submitted();

    String col_reviewers();

    String col_actions();

    String col_category();

    String col_description();

    String col_amount();

    String col_indicator();

    String col_baseline();

    String col_target();

    String col_actual();

    String col_year();

    String col_reporting();

    String col_rate();

    String col_grant();

    String col_awarded();

    String col_scheduled();

    String col_remaining();

    String col_paid();

    String col_tranche();

    String col_due();

    String col_milestone();

    String col_payment();

    String col_report();

    String col_reviewer();

    String col_state();

    String col_assigned_on();

    String fact_status();

    String fact_programme();

    String fact_window();

    String fact_strategies();

    String fact_requested();

    String fact_duration();

    String fact_submitted();

    String fact_score();

    String fact_country();

    String fact_region();

    String fact_members();

    String fact_transparency();

    String fact_verification();

    String fact_legal_form();

    String fact_founded();

    String fact_website();

    String fact_email();

    String fact_owners();

    String fact_registered();

    String fact_grant();

    String fact_application();

    String fact_application_link();

    String fact_awarded_on();

    String task_screen();

    String task_assign();

    String task_reports();

    String task_request();

    String task_pay();

    String task_verify();

    String apps_title_submitted();

    String apps_title_under_review();

    String apps_tabs();

    String apps_tab_submitted();

    String apps_tab_under_review();

    String apps_filter_programme();

    String apps_all_programmes();

    String apps_filter_show();

    String apps_none_submitted();

    String apps_none_under_review();

    String apps_caption_submitted();

    String apps_caption_under_review();

    String reviewers_none();

    String reviewers_count(long assigned, long completed);

    String action_screen();

    String action_screen_label(String title);

    String action_assign();

    String action_assign_label(String title);

    String assign_reviewers();

    String app_facts();

    String app_association();

    String app_summary();

    String app_budget();

    String app_outcomes();

    String elig_h();

    String elig_hint();

    String elig_unknown();

    String elig_met();

    String elig_not_met();

    String elig_ok(String date);

    String elig_failed(String date);

    String screen_h();

    String screen_done();

    String screen_decision();

    String screen_eligible();

    String screen_ineligible();

    String screen_note();

    String screen_note_hint();

    String screen_submit();

    String screen_choose();

    String screen_note_required();

    String screened_eligible();

    String screened_ineligible();

    String assign_title(String title);

    String assign_current_h();

    String assign_current_none();

    String review_state_assigned();

    String review_state_completed();

    String review_state_completed_score(String score);

    String review_state_recused();

    String unassign();

    String unassign_label(String who);

    String assign_new_h();

    String assign_closed();

    String directory_down();

    String assign_search();

    String assign_search_button();

    String assign_none_found(String search);

    String assign_none_left();

    String assign_pick();

    String assign_pick_hint();

    String workload(long open, long completed);

    String assign_submit();

    String assign_choose();

    String assign_refused_owner(String who);

    String assign_refused_role(String who);

    String assign_refused_unknown(String who);

    String unassign_refused_acted(String who);

    String unassign_refused_gone(String who);

    String done_assigned();

    String done_unassigned();

    String grants_title();

    String grants_tabs();

    String grants_tab_all();

    String grants_tab_reports();

    String grants_tab_to_request();

    String grants_tab_approval();

    String grants_tab_to_pay();

    String grants_none();

    String grants_none_here();

    String grants_caption_all();

    String grants_caption_reports();

    String grants_caption_to_request();

    String grants_caption_approval();

    String grants_caption_to_pay();

    String grant_facts();

    String grant_money();

    String tranches_h();

    String tranches_none();

    String tranches_caption();

    String tranche_planned();

    String tranche_requested();

    String tranche_approved();

    String tranche_paid();

    String report_none();

    String report_submitted();

    String report_accepted();

    String report_returned();

    String paid_on(String date);

    String reference_is(String reference);

    String waits_for_report();

    String action_review();

    String action_review_label(int n);

    String action_request();

    String action_request_label(int n);

    String action_pay();

    String action_pay_label(int n);

    String action_edit();

    String action_edit_label(int n);

    String action_cancel();

    String action_cancel_label(int n);

    String schedule_h();

    String schedule_full();

    String schedule_closed();

    String schedule_submit();

    String field_amount(String currency);

    String amount_hint(String most);

    String field_due();

    String field_milestone();

    String milestone_hint();

    String amount_required();

    String due_date_required();

    String due_date_out_of_range();

    String milestone_required();

    String amount_over_award(String most);

    String done_scheduled();

    String done_rescheduled();

    String done_cancelled();

    String done_requested();

    String done_paid();

    String done_accepted();

    String done_returned();

    String back_to_grant();

    String edit_title(int n);

    String edit_submit();

    String edit_not_now();

    String cancel_title(int n);

    String cancel_warning(String amount);

    String cancel_submit();

    String keep_tranche();

    String request_title(int n);

    String request_warning(String amount);

    String request_submit();

    String request_needs_report();

    String request_not_now();

    String payment_title(int n);

    String payment_warning(String amount);

    String field_paid_on();

    String field_reference();

    String reference_hint();

    String payment_submit();

    String payment_not_now();

    String paid_on_required();

    String reference_required();

    String review_title(int n);

    String review_report_h();

    String reported_at(String at);

    String review_indicators();

    String review_decision_h();

    String review_not_now();

    String review_question();

    String review_accept();

    String review_return();

    String review_note();

    String review_note_hint();

    String review_submit();

    String review_choose();

    String review_note_required();

    String assocs_title_waiting();

    String assocs_title_verified();

    String assocs_tabs();

    String assocs_tab_waiting();

    String assocs_tab_verified();

    String assocs_search();

    String assocs_search_button();

    String assocs_none_waiting();

    String assocs_none_verified();

    String assocs_none_named(String q);

    String assocs_caption_waiting();

    String assocs_caption_verified();

    String assoc_profile();

    String last_note(String note);

    String verify_note();

    String revoke_note();

    String verification_note_hint();

    String verify_submit();

    String revoke_warning();

    String revoke_submit();

    String note_required_verify();

    String note_required_revoke();

    String association_verified();

    String association_revoked();
}
