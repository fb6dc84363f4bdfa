package org.grantsplatform.runtime.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception a request can raise into problem+json. Declared for the specific types
 * the framework maps on its own (Jackson, Bean Validation, security), so ours win; anything
 * unexpected is a 500 with a reference to the log and no internals.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    static String typeOf(int status) {
        return "https://grants-platform.org/problems/" + switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 422 -> "business-rule";
            case 500 -> "internal-error";
            case 503 -> "unavailable";
            default -> "http-" + status;
        };
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Response response(int status, String title, String detail, List<Problem.Violation> violations) {
        return response(new Problem(typeOf(status), title, status, detail, violations));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(response(e.toProblem())).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return response(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return response(400, "Invalid request", detail, violations);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return response(400, "Malformed JSON", "the body is not valid JSON: " + e.getOriginalMessage(), null);
    }

    @ServerExceptionMapper
    public Response tooLarge(StreamConstraintsException e) {
        return response(400, "Malformed JSON", "the body exceeds a JSON limit: " + e.getOriginalMessage(), null);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return mapping(e);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        // a truncated body fails inside some field; it is malformed, not an invalid field
        for (Throwable t = e.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonParseException p) {
                return malformed(p);
            }
        }
        String field = pathOf(e);
        String message;
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "must be " + describe(m.getTargetType());
        } else {
            message = e.getOriginalMessage();
        }
        if (field.isEmpty()) {
            return response(400, "Malformed JSON", "the body cannot be read: " + message, null);
        }
        return response(400, "Invalid request", field + ": " + message, List.of(new Problem.Violation(field, message)));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return response(400, "Malformed JSON", "the body cannot be read: " + e.getOriginalMessage(), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // the REST layer wraps a body it could not read; answer for the reason, not the wrapper
        for (Throwable t = e.getCause(); t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                // a parameter that did not convert (QueryParamConverters), wrapped by the REST layer
                return problem(p);
            }
            if (t instanceof JsonParseException p) {
                return malformed(p);
            }
            if (t instanceof JsonMappingException m) {
                return mapping(m);
            }
            if (t instanceof JsonProcessingException j) {
                return json(j);
            }
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 415 -> "unsupported content type; send application/json";
            case 406 -> "cannot produce the requested media type";
            default -> e.getMessage();
        };
        if (status.getStatusCode() >= 500) {
            return unexpected(e);
        }
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(response(401, "Unauthorized", "a valid bearer token is required", null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"grants\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return response(403, "Forbidden", "your role does not allow this", null);
    }

    /** SQL class 08 (connection exception) and 57P01-57P03 (server shutting down or starting). */
    static boolean databaseAway(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /**
     * Narayana reports why a commit failed as a suppressed exception of its RollbackException. A server
     * shutting down (57P0x) ended the transaction before its commit; a connection lost during the commit
     * (08xxx) leaves the outcome unknown, which stays a 500.
     */
    private static boolean commitRefusedByShutdown(RollbackException e) {
        for (Throwable suppressed : e.getSuppressed()) {
            for (Throwable t = suppressed; t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof ProblemException p) {
                return problem(p);
            }
            if (t instanceof ConstraintViolationException c) {
                return invalid(c);
            }
            if (name.endsWith("OptimisticLockException") || name.endsWith("StaleObjectStateException")) {
                return response(409, "Conflict", "the resource was changed by someone else; read it again", null);
            }
            if (name.equals("org.hibernate.exception.ConstraintViolationException")) {
                return response(409, "Conflict", "this conflicts with data that already exists", null);
            }
            if (t instanceof SQLException sql && databaseAway(sql.getSQLState())
                    || t instanceof RollbackException rollback && commitRefusedByShutdown(rollback)) {
                // the request did not commit and may be sent again once the database is back
                return Response.fromResponse(response(503, "Service Unavailable",
                        "the database is not available; try again", null)).header("Retry-After", "1").build();
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                // SQL class 22 is a data exception: a value the database cannot hold (a NUL character, a
                // number out of range); the transaction is rolled back, the input is at fault
                return response(400, "Invalid request",
                        "a value cannot be stored (for example a NUL character or a number out of range)", null);
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, reference %s", reference);
        return response(500, "Internal error", "unexpected error; reference " + reference, null);
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() == 0) {
            // a violation of a query or path parameter names the parameter
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    return node.getName();
                }
            }
            return "body";
        }
        return field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a " + type.getSimpleName();
    }
}
