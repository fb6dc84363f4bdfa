package org.grantsplatform.runtime.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error the services answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One reason a request was refused: the field (a JSON path such as {@code budgetLines[0].amount})
     * and why; business rules add the rule, what it expects and what it found.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Violation")
    public record Violation(String field, String message, String rule, String expected, String actual) {

        public Violation(String field, String message) {
            this(field, message, null, null, null);
        }
    }
}
