package org.grantsplatform.associations.association;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.runtime.validation.CountryCode;

/** Filters of the association list; each one given narrows it. */
public class AssociationFilter {

    @QueryParam("region")
    public Region region;

    @QueryParam("country")
    @CountryCode
    public String country;

    @QueryParam("verified")
    public Boolean verified;

    /** Part of the name, any case. */
    @QueryParam("q")
    @Size(max = 200)
    public String q;

    /** Only the associations whose owners include the caller, whatever the caller's roles. */
    @QueryParam("mine")
    @Parameter(description = "true: only the associations whose owners include the caller (admins too)")
    public boolean mine;
}
