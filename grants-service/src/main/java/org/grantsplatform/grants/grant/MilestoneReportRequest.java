package org.grantsplatform.grants.grant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MilestoneReport", example = """
        {"narrative": "The SPM officer started in March; 12 member MFIs attended the first workshop.",
         "indicators": [{"name": "members trained", "actual": "12"}]}""")
public record MilestoneReportRequest(
        @NotBlank @Size(max = 8000) String narrative,
        @Size(max = 50) List<@NotNull @Valid IndicatorRequest> indicators) {

    @Schema(name = "Indicator")
    public record IndicatorRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String actual) {
    }
}
