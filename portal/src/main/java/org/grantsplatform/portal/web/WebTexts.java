package org.grantsplatform.portal.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words the shared parts of every page use: paging, a repeated row's label, "none", a colon as the language
 * writes it, "(optional)", "Cancel". Texts in {@code messages/web_<language>.properties}.
 */
@MessageBundle(value = "web", locale = "en")
public interface WebTexts {

    // paging (tags/pager)
    String pages();
    String pages_range(String from, String to, String total);
    String previous_page();
    String next_page();

    // a repeated row's input (tags/line): "Amount" and then this, hidden but read out
    String row_of(String caption, int number);

    // shared words
    String none();
    String colon();
    String optional();
    String cancel();
    String back();
}
