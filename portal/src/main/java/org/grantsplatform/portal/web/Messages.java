package org.grantsplatform.portal.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words every page shares (navigation, footer, language switch). The texts live in
 * {@code messages/msg_<language>.properties}; each area of the portal has a bundle of its own beside it.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    String site_name();

    String skip_to_content();

    String nav_label();

    String nav_home();

    String nav_my_associations();

    String nav_open_calls();

    String nav_my_applications();

    String nav_my_grants();

    String nav_my_reviews();

    String nav_my_programmes();

    String nav_disbursements();

    String nav_pm_applications();

    String nav_pm_grants();

    String nav_pm_associations();

    String nav_reports();

    String nav_read_model();

    String log_out();

    String footer();

    String language();

}
