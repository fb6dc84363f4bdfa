package org.grantsplatform.grants.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Caller;

/**
 * Runs a money-moving request at most once per {@code Idempotency-Key} and caller. The key is claimed
 * and the answer stored in the transaction of the action itself: a repeated key (even one sent while
 * the first request is still running, which waits for it) replays the stored answer. A refused request
 * rolls back with its claim, so retrying it with the same key tries again. The key is bound to the
 * request's SHA-256 (method, path and canonical body): sent with another request it is a 422, never a
 * replay of an answer to something else. After {@code platform.idempotency.retention} a key is forgotten
 * and acts again as a new one. The resource turns the {@link Answer} into its response.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    /** The header's OpenAPI description, on every operation that takes it. */
    public static final String HEADER_DESCRIPTION = "Makes a retry safe: the same key with the same request (method, "
            + "path and body) replays the first answer with Idempotency-Replayed: true and acts only once; the same "
            + "key with a different request is a 422 (type idempotency-key-reused). A key is kept 24 hours by "
            + "default (platform.idempotency.retention), after which it is forgotten and acts as a new one.";
    /** The OpenAPI description of the 422 for a reused key. */
    public static final String REUSED_DESCRIPTION = "Idempotency-Key already used for a different request "
            + "(idempotency-key-reused)";
    private static final int MAX_KEY_LENGTH = 200;
    private static final int OK = 200;

    /** What to answer: the action's result, or for a key, its JSON as first stored; replayed for a repeated key. */
    public record Answer(int status, Object body, boolean replayed) {
    }

    private final EntityManager em;
    private final Caller caller;
    private final ObjectMapper json;
    private final Duration retention;

    @Inject
    public Idempotency(EntityManager em, Caller caller, ObjectMapper json, IdempotencySettings settings) {
        this.em = em;
        this.caller = caller;
        this.json = json;
        this.retention = settings.retention();
    }

    /**
     * @param endpoint what the key is bound to with the body, e.g.
     *                 {@code POST /api/grants/{id}/tranches/{trancheId}/payment} with the ids filled in
     * @param request  the body as the service read it (its DTO), or null for an operation without one
     */
    @Transactional
    public Answer once(String key, String endpoint, Object request, Supplier<?> action) {
        if (key == null) {
            return new Answer(OK, action.get(), false);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String requestHash = hash(endpoint, request);
        em.createNativeQuery("delete from idempotency_record "
                + "where subject = :subject and idempotency_key = :key and created_at < :expired")
                .setParameter("subject", caller.subject())
                .setParameter("key", key)
                .setParameter("expired", Instant.now().minus(retention).atOffset(ZoneOffset.UTC))
                .executeUpdate();
        int claimed = em.createNativeQuery("insert into idempotency_record "
                + "(subject, idempotency_key, endpoint, request_hash) "
                + "values (:subject, :key, :endpoint, :hash) on conflict do nothing")
                .setParameter("subject", caller.subject())
                .setParameter("key", key)
                .setParameter("endpoint", endpoint)
                .setParameter("hash", requestHash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, requestHash);
        }
        String body = toJson(action.get());
        em.createNativeQuery("update idempotency_record set status = :status, body = :body "
                + "where subject = :subject and idempotency_key = :key")
                .setParameter("status", OK)
                .setParameter("body", body)
                .setParameter("subject", caller.subject())
                .setParameter("key", key)
                .executeUpdate();
        return new Answer(OK, body, false);
    }

    /** Deletes the keys claimed before {@code before}; answers how many. */
    @Transactional
    public int prune(Instant before) {
        return em.createNativeQuery("delete from idempotency_record where created_at < :before")
                .setParameter("before", before.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    private Answer replay(String key, String requestHash) {
        Object[] first = (Object[]) em.createNativeQuery("select request_hash, status, body from idempotency_record "
                + "where subject = :subject and idempotency_key = :key")
                .setParameter("subject", caller.subject())
                .setParameter("key", key)
                .getSingleResult();
        if (!requestHash.equals(first[0])) {
            throw new KeyReusedException(key);
        }
        return new Answer(((Number) first[1]).intValue(), first[2], true);
    }

    /**
     * SHA-256 of the method and path, a newline and the body re-serialised with its keys sorted: the same request
     * however its JSON was laid out, and a different one whatever field changed.
     */
    private String hash(String endpoint, Object request) {
        byte[] body;
        try {
            body = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsBytes(json.convertValue(request, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request cannot be written as JSON", e);
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((endpoint + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private String toJson(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer cannot be written as JSON", e);
        }
    }
}
