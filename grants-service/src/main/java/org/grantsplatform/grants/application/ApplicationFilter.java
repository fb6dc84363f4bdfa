package org.grantsplatform.grants.application;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/** Filters of the application list, within what the caller may see; each one given narrows it. */
public class ApplicationFilter {

    @QueryParam("programmeId")
    public UUID programmeId;

    @QueryParam("status")
    public ApplicationStatus status;

    @QueryParam("associationId")
    public UUID associationId;
}
