package org.grantsplatform.portal.association;

/** An option of a select or a checkbox of a group: the value the service takes and the words the user reads. */
public record Choice(String value, String label) {
}
