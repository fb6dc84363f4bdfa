package org.grantsplatform.associations.validation;

import jakarta.validation.groups.Default;

/**
 * Validation group of a {@code PUT}: every rule of a create, plus the {@code version} the client
 * read, which optimistic locking needs.
 */
public interface OnUpdate extends Default {
}
