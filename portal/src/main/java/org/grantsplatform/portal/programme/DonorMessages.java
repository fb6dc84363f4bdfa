package org.grantsplatform.portal.programme;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The donor's pages' words (My programmes, the programme form, publishing and closing, the ranked applications
 * and the decision, disbursements to approve, the donor's tasks at home): {@code {donor:key}} in templates,
 * {@code language.texts(DonorMessages.class)} in Java. The texts live in {@code messages/donor_<language>.properties}; enum values of
 * grants-service (statuses, windows, regions, recommendations) are words here, chosen with {@code #when}.
 */
@MessageBundle(value = "donor", locale = "en")
public interface DonorMessages {

    String status();

    String any_status();

    String show();

    String cancel();

    String actions();

    String page_empty();

    String page_first();

    String current_status();

    String nothing_to_do();

    String you();

    String programme();

    String association();

    String association_unknown();

    String grant();

    String amount();

    String awarded();

    String reason();

    String requested();

    String submitted();

    String summary();

    String budget();

    String budget_left();

    String committed();

    String max_grant();

    String currency();

    String windows();

    String window_label();

    String opens();

    String closes();

    String name();

    String description();

    String donor_name();

    String eligibility();

    String rubric();

    String criterion();

    String weight();

    String max_score();

    String regions();

    String programme_status(String status);

    String application_status(String status);

    String tranche_status(String status);

    String window(String window);

    String region(String region);

    String recommendation(String recommendation);

    // My programmes

    String programmes_title();

    String programme_create();

    String programmes_caption();

    String programmes_caption_in(String status);

    String programmes_none();

    String programmes_none_in(String status);

    String to_decide();

    String to_decide_in(String name);

    String to_decide_none_draft();

    // one programme

    String programme_actions();

    String programme_edit();

    String programme_facts();

    String publish_action();

    String close_action();

    String ranking_link();

    String back_to_programme();

    String done_saved();

    String done_published();

    String done_closed();

    String eligibility_regions();

    String eligibility_any_region();

    String eligibility_verified();

    String eligibility_members(Integer count);

    String eligibility_transparency(String rate);

    // the programme form

    String form_new_title();

    String form_edit_title(String name);

    String form_edit_heading();

    String form_intro();

    String description_hint();

    String donor_name_hint();

    String opens_on();

    String closes_on();

    String currency_choose();

    String max_grant_hint();

    String regions_hint();

    String require_verified();

    String min_transparency();

    String min_transparency_hint();

    String min_members();

    String min_members_hint();

    String rubric_hint();

    String criterion_n(int number);

    String criterion_name();

    String of_criterion(int number);

    String criterion_remove(int number);

    String criterion_add();

    String weights_total();

    String save_draft();

    String programme_changed();

    // publishing and closing

    String publish_title(String name);

    String publish_heading();

    String publish_means(String name);

    String publish_dates(String opens, String closes);

    String publish_final();

    String publish_button();

    String publish_refused(String status);

    String close_title(String name);

    String close_heading();

    String close_means(String name);

    String close_goes_on();

    String close_final();

    String close_button();

    String close_refused(String status);

    // ranked applications

    String ranking_title(String name);

    String ranking_heading();

    String ranking_of(String name);

    String ranking_hint();

    String ranking_none();

    String rank(int rank);

    String rank_label();

    String score();

    String score_scale();

    String score_none();

    String reviews();

    String reviews_none();

    String reviewer_n(int number);

    String review_recused();

    String review_pending();

    String review_score(String score);

    String decide();

    String on(String title);

    String view_application();

    String done_awarded(String title, String amount);

    String done_rejected(String title);

    // the decision

    String decide_title(String title);

    String application();

    String duration();

    String months(Integer count);

    String budget_lines();

    String decision();

    String decided_already();

    String decision_final();

    String award_heading();

    String award_amount(String currency);

    String award_amount_hint();

    String award_reason();

    String award_button();

    String reject_heading();

    String reject_reason();

    String reject_reason_hint();

    String reject_button();

    String award_over_request(String amount);

    String award_over_budget(String amount);

    String decision_too_late(String status);

    // disbursements

    String disbursements_title();

    String disbursements_hint();

    String disbursements_none();

    String disbursement();

    String tranche();

    String tranche_n(int number);

    String requested_by();

    String requested_on();

    String requester_unknown();

    String paid_so_far();

    String approve();

    String approve_what(int number, String title);

    String approve_title(String title);

    String approve_heading();

    String approve_means(String amount);

    String approve_four_eyes();

    String approve_button();

    String approval_nothing();

    String done_approved(String amount, int number, String title);

    String four_eyes();

    String approval_not_yours();

    String approval_too_late(String status);

    // home

    String task_decide();

    String task_approve();

    String task_drafts();
}
