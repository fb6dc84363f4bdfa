package org.grantsplatform.portal.grant;

import org.grantsplatform.portal.programme.Programme;

/** One line of the program manager's grants: the grant's schedule, its programme and its association's name. */
public record ScheduleRow(Schedule schedule, Programme programme, String association) {
}
