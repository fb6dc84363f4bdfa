package org.grantsplatform.portal.application;

import org.grantsplatform.portal.programme.Programme;

/** One line of "My applications": the application with its programme and its association's name. */
public record ApplicationRow(Application application, Programme programme, String association) {
}
