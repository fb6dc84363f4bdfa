package org.grantsplatform.portal.grant;

import org.grantsplatform.portal.programme.Programme;

/** One line of "My grants": the grant with its programme and its association's name. */
public record GrantRow(Grant grant, Programme programme, String association) {
}
