package org.grantsplatform.grants.grant;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;

/** Filters of the grant list, within what the caller may see; each one given narrows it. */
public class GrantFilter {

    @QueryParam("programmeId")
    public UUID programmeId;

    @QueryParam("associationId")
    public UUID associationId;

    @QueryParam("status")
    public GrantStatus status;
}
