package org.grantsplatform.reporting.readmodel;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The generation that answers and the one being rebuilt, if any. */
@Schema(name = "RebuildState")
public record RebuildState(GenerationView active, GenerationView building) {

    /** {@code eventsApplied} counts the records this process consumed for the generation since it started. */
    @Schema(name = "Generation")
    public record GenerationView(int generation, String status, Instant startedAt, Instant activatedAt,
            long eventsApplied, Long pendingEvents, Instant asOf) {
    }
}
