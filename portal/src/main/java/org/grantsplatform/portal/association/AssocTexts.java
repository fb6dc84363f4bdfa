package org.grantsplatform.portal.association;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The association pages: the applicant's associations, an association's profile and owners, its member MFIs, the
 * social-performance reports of its members and its capacity self-assessment. Texts in
 * {@code messages/assoc_<language>.properties}.
 */
@MessageBundle(value = "assoc", locale = "en")
public interface AssocTexts {

    // My associations
    String register();
    String none_owned();
    String list_caption();
    String your_user_id();
    String in_year(Integer year);
    String no_sp_reports();

    // an association's facts
    String association();
    String country();
    String region();
    String member_mfis();
    String verification();
    String transparency();
    String verified();
    String not_verified();
    String legal_form();
    String founded();
    String website();
    String contact_email();
    String registered();

    // an association's page
    String this_association();
    String edit_profile();
    String sp_reports();
    String capacity();
    String profile();
    String on_date(String date);
    String revoked();
    String verify_hint();
    String pm_note(String note);
    String transparency_rate(Integer year);
    String none_reported();
    String see_sp_reports();
    String owners();
    String owners_hint();
    String you();
    String add_owner();
    String owner_id();
    String owner_hint();
    String add_owner_button();
    String already_owner();
    String notice_registered();
    String notice_updated();
    String notice_owner();

    // the profile form
    String edit_profile_of(String name);
    String register_intro();
    String reload_profile();
    String name();
    String acronym();
    String country_hint();
    String choose_region();
    String legal_form_hint();
    String year_founded();
    String save_profile();
    String register_button();

    // member MFIs
    String members_of(String name);
    String add_member();
    String add_another();
    String no_members();
    String no_members_hint();
    String members_caption(String count);
    String open_to_edit();
    String member_mfi();
    String joined_in();
    String unknown();
    String members_sp_reports();
    String notice_member_added(String name);
    String notice_member_saved(String name);
    String the_member();

    // a member MFI's form
    String edit_member(String name);
    String add_member_to(String name);
    String reload_member();
    String member_country_hint();
    String member_legal_form_hint();
    String year_joined();
    String year_joined_hint();
    String save_member();
    String add_member_button();

    // the social-performance report of a year
    String sp_report_year_of(int year, String name);
    String sp_report_of(String name);
    String reporting_year();
    String show_year();
    String transparency_in(int year);
    String reported_of(String reporting, String members, int year);
    String none_reported_in(int year);
    String member_by_member(int year);
    String no_members_yet();
    String add_its_members();
    String then_reports();
    String dash_hint();
    String open_to_report(int year);
    String caption_outreach(int year);
    String active_borrowers();
    String women_borrowers();
    String rural_borrowers();
    String gross_loan_portfolio();
    String average_loan_size();
    String client_retention();
    String par30();
    String report();
    String not_reported_in(int year);
    String caption_mission(int year);
    String social_mission();
    String board_sp();
    String cpp();
    String poverty_tool();
    String nfs();
    String staff_turnover();
    String transparency_by_year();
    String years_caption();
    String year();
    String reported();
    String shown();
    String notice_report_saved(int year, String name);
    String the_member_lower();

    // a member MFI's indicators of a year
    String indicators_title(String name, int year);
    String reported_at(String date);
    String not_reported_yet(int year);
    String leave_empty();
    String reload_report();
    String save_report();
    String group_outreach();
    String group_portfolio();
    String group_mission();
    String group_services();
    String active_borrowers_hint();
    String women_borrowers_pct();
    String rural_borrowers_pct();
    String share_hint();
    String currency();
    String currency_hint();
    String gross_loan_portfolio_hint();
    String in_currency_above();
    String client_retention_pct();
    String par30_pct();
    String social_mission_label();
    String cpp_label();
    String nfs_hint();
    String staff_turnover_pct();
    String yes();
    String no();
    String unknown_answer();
    String not_reported();

    // the capacity self-assessment
    String capacity_title(String name);
    String capacity_of(String name);
    String capacity_hint();
    String current();
    String interest();
    String experience();
    String none_yet();
    String capabilities();
    String needs();
    String none_stated();
    String notes();
    String assessed();
    String assessed_at(String date, int version);
    String not_assessed();
    String replace_assessment();
    String assess();
    String reload_capacity();
    String interest_label();
    String choose_level();
    String experience_legend();
    String capabilities_legend();
    String needs_legend();
    String save_capacity();
    String notice_capacity_saved();
    String capability_spm_officer();
    String capability_data_collection();
    String capability_training();
    String capability_code_of_conduct();
    String capability_research();
    String capability_advocacy();

    // a form saved by someone else in the meantime
    String stale(String what);
    String stale_profile();
    String stale_member();
    String stale_report();
    String stale_capacity();
}
