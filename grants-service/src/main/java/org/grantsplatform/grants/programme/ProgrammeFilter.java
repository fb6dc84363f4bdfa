package org.grantsplatform.grants.programme;

import jakarta.ws.rs.QueryParam;
import org.grantsplatform.events.reference.FundingWindow;

/** Filters of the programme list; each one given narrows it. */
public class ProgrammeFilter {

    @QueryParam("status")
    public ProgrammeStatus status;

    /** Programmes offering this window. */
    @QueryParam("window")
    public FundingWindow window;
}
