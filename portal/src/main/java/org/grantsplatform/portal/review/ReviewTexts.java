package org.grantsplatform.portal.review;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reviewer's pages: the queue, an application with the scoring form, declaring a conflict of interest. Texts in
 * {@code messages/review_<language>.properties}.
 */
@MessageBundle(value = "review", locale = "en")
public interface ReviewTexts {

    // the queue
    String none_assigned();
    String queue_caption();
    String application();
    String programme();
    String status();
    String to_do();
    String programme_closes();
    String requested();
    String todo_recused();
    String todo_score();
    String todo_revise();
    String todo_scored();
    String todo_nothing(String status);

    // an application to review
    String review_title(String title);
    String the_application();
    String window();
    String strategies();
    String duration();
    String months(String count);
    String submitted();
    String summary();
    String budget();
    String category();
    String description();
    String amount();
    String planned_outcomes();
    String indicator();
    String baseline();
    String target();
    String your_review();
    String recused_text();
    String no_scores_now(String status);
    String scores_legend();
    String criterion_hint(String weight, int max);
    String weighted_score();
    String recommendation();
    String no_recommendation();
    String comment();
    String submit_review();
    String save_revised();
    String declare_conflict();
    String notice_scored();
    String notice_recused();

    // declaring a conflict of interest
    String back_to_application();
    String cannot_undo();
    String conflict_warning(String title);
    String already_recused();
    String no_reviews_now(String status);
    String already_scored();
    String conflict_label();
    String confirm_label();
    String recuse();
    String confirm_needed();
}
