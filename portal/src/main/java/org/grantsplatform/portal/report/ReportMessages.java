package org.grantsplatform.portal.report;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the report pages and of the read-model page (texts in {@code messages/report_<language>.properties});
 * templates use {@code {report:key}}, Java code {@code language.texts(ReportMessages.class)}.
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {

    String subnav_label();

    String subnav_overview();

    String reports_title();

    String reports_intro();

    String portfolio_title();

    String portfolio_about();

    String portfolio_intro();

    String portfolio_empty();

    String portfolio_caption();

    String portfolio_chart_title(String currency, String grouping);

    String pipeline_title();

    String pipeline_about();

    String pipeline_intro();

    String pipeline_facts();

    String pipeline_chart_title();

    String pipeline_caption();

    String disbursements_title();

    String disbursements_about();

    String disbursements_intro();

    String disbursements_chart_title();

    String disbursements_caption();

    String tranches_in_state(String state);

    String no_tranche();

    String state_choice();

    String state_upcoming();

    String state_overdue();

    String state_paid();

    String sp_title();

    String sp_about();

    String sp_intro();

    String sp_year(Integer year);

    String sp_latest_year();

    String sp_empty();

    String sp_chart_title();

    String sp_regions();

    String sp_regions_caption();

    String sp_associations();

    String sp_associations_caption();

    String year_hint();

    String grants_title();

    String grants_about();

    String grants_intro();

    String grants_empty();

    String grants_caption();

    String timeline_title(String title);

    String the_grant();

    String grant_chart_title(String currency);

    String amount_in(String currency);

    String tranches_caption();

    String no_tranche_scheduled();

    String events();

    String no_events();

    String downloads_title();

    String downloads_intro();

    String download_csv();

    String download_csv_about();

    String download_360giving();

    String download_360giving_about();

    String download_iati();

    String download_iati_about();

    String freshness_as_of(String time);

    String freshness_none();

    String freshness_up_to_date();

    String freshness_behind(Long events, long seconds);

    String charts();

    String figures();

    String group_by();

    String group_programme();

    String group_donor();

    String group_window();

    String group_strategy();

    String group_region();

    String group_country();

    String group_year();

    String group_not_known_yet();

    String programme();

    String all_programmes();

    String region();

    String all_regions();

    String year();

    String show();

    String currency();

    String applications();

    String awards();

    String committed();

    String disbursed();

    String outstanding();

    String decided();

    String awarded();

    String award_rate();

    String median_days();

    String p90_days();

    String days(String days);

    String no_decision_yet();

    String status();

    String grant();

    String association();

    String associations();

    String tranche();

    String tranches();

    String amount();

    String due();

    String paid_on();

    String not_paid();

    String days_overdue();

    String days_late();

    String members();

    String members_reporting();

    String transparency_rate();

    String women_borrowers();

    String rural_borrowers();

    String client_retention();

    String par30();

    String country();

    String verified();

    String yes();

    String no();

    String not_reported();

    String not_known_yet();

    String awarded_amount();

    String paid_so_far();

    String still_to_pay();

    String awarded_on();

    String milestone();

    String nothing_on_this_page();

    String first_page();

    String event_submitted();

    String event_screened();

    String event_withdrawn();

    String event_reviewed();

    String event_decided();

    String event_tranche_scheduled();

    String event_milestone_reported();

    String event_milestone_reviewed();

    String event_disbursement_requested();

    String event_disbursement_approved();

    String event_disbursement_paid();

    String event_grant_completed();

    String read_model_title();

    String read_model_intro();

    String answering_generation();

    String generation();

    String answering_since();

    String last_event_applied();

    String no_event_yet();

    String events_pending();

    String freshness();

    String up_to_date();

    String behind_by(long seconds);

    String events_applied();

    String no_generation();

    String rebuild_title();

    String rebuild_none();

    String rebuild_button();

    String rebuild_running(int generation, String since);

    String rebuild_progress(String applied, String pending);

    String rebuild_joining(String applied);

    String rebuild_refreshes();

    String refresh();

    String rebuild_finished(int generation);

    String rebuild_already_running();

    String rebuild_confirm_title();

    String rebuild_confirm_what();

    String rebuild_confirm_load();

    String rebuild_start();

    String cancel();

    String task_events_not_in_reports();

    String task_rebuild_running();
}
