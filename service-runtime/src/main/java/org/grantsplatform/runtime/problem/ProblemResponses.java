package org.grantsplatform.runtime.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every 4xx and 5xx answer of every operation the {@code application/problem+json} body of {@link Problem},
 * so that a resource method documents only what its error means ({@code @APIResponse(responseCode = "404",
 * description = "...")}) and every service's document says the same about errors. Every {@code /api} operation
 * needs a bearer token, so each gets the 401 answer here rather than from an annotation on every resource.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String VIOLATION = "Violation";
    static final String UNAUTHENTICATED = "401";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean used = false;
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                if (path.getKey().startsWith("/api/") && !operation.getResponses().hasAPIResponse(UNAUTHENTICATED)) {
                    operation.getResponses().addAPIResponse(UNAUTHENTICATED,
                            OASFactory.createAPIResponse().description("No or bad bearer token"));
                }
                for (Map.Entry<String, APIResponse> answer : operation.getResponses().getAPIResponses().entrySet()) {
                    if (isError(answer.getKey()) && answer.getValue().getRef() == null) {
                        answer.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(ref(PROBLEM))));
                        used = true;
                    }
                }
            }
        }
        if (used) {
            addSchemas(openAPI);
        }
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    /** The schemas of {@link Problem} and its violations, unless an annotation already put them there. */
    private static void addSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(VIOLATION)) {
            components.addSchema(VIOLATION, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("One reason a request was refused: the field (a JSON path) and why; business rules "
                            + "add the rule, what it expects and what it found.")
                    .addProperty("field", text()).addProperty("message", text()).addProperty("rule", text())
                    .addProperty("expected", text()).addProperty("actual", text()));
        }
        if (!components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema(PROBLEM, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem detail (application/problem+json)")
                    .addProperty("type", text()).addProperty("title", text())
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                            .format("int32"))
                    .addProperty("detail", text())
                    .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(ref(VIOLATION))));
        }
    }

    private static Schema text() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema ref(String component) {
        return OASFactory.createSchema().ref("#/components/schemas/" + component);
    }
}
