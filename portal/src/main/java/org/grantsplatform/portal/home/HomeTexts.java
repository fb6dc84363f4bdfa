package org.grantsplatform.portal.home;

import io.quarkus.qute.i18n.MessageBundle;

/** The home page and the logged-out page. Texts in {@code messages/home_<language>.properties}. */
@MessageBundle(value = "home", locale = "en")
public interface HomeTexts {

    // the home page
    String welcome(String name);
    String waiting();
    String nothing_waiting();

    // the home page's tasks, by role
    String task_associations();
    String task_drafts();
    String task_reports_due();
    String task_reviews();

    // the page after logging out
    String logged_out();
    String logged_out_text();
    String sign_in_again();
}
