package org.grantsplatform.portal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Every REST client's error answer becomes a {@link ServiceProblem} carrying the service's problem detail. */
@Provider
public class ProblemResponseMapper implements ResponseExceptionMapper<ServiceProblem> {

    @Inject
    ObjectMapper json;

    @Override
    public ServiceProblem toThrowable(Response response) {
        Problem problem = null;
        if (response.hasEntity()) {
            try (InputStream body = response.readEntity(InputStream.class)) {
                problem = json.readValue(body, Problem.class);
            } catch (IOException | RuntimeException notAProblem) {
                // a proxy or a crashed service may answer with something else: keep the status alone
            }
        }
        if (problem == null || problem.status() == 0) {
            problem = new Problem(null, response.getStatusInfo().getReasonPhrase(), response.getStatus(), null, null);
        }
        return new ServiceProblem(problem);
    }
}
