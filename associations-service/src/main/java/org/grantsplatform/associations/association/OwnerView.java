package org.grantsplatform.associations.association;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.runtime.directory.DirectoryUser;

@Schema(name = "Owner", description = "An owner of the association: subject as in the association's owners, with the "
        + "user name and name (first and last) the user directory holds; both null when the directory does not know "
        + "the subject or does not answer.")
public record OwnerView(String subject, String username, String name) {

    static OwnerView of(String subject, DirectoryUser user) {
        return user == null ? new OwnerView(subject, null, null) : new OwnerView(subject, user.username(), user.name());
    }
}
