package org.grantsplatform.associations.transparency;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Transparency")
public record TransparencyView(
        UUID associationId,
        @Schema(description = "Every year in which at least one member reported, latest first")
        List<TransparencyYear> years) {
}
