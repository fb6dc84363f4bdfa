package org.grantsplatform.grants.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Screening", description = "eligible: SUBMITTED → UNDER_REVIEW; not eligible: → INELIGIBLE "
        + "(a note saying why is then required)", example = """
        {"eligible": true, "note": "Fits the call; documents complete"}""")
public record ScreeningRequest(@NotNull Boolean eligible, @Size(max = 4000) String note) {
}
