package org.grantsplatform.grants.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Caller;

/**
 * Runs a money-moving request at most once per {@code Idempotency-Key} and caller. The key is claimed
 * and the answer stored in the transaction of the action itself: a repeated key (even one sent while
 * the first request is still running, which waits for it) replays the stored answer. A refused request
 * rolls back with its claim, so retrying it with the same key tries again. The resource turns the
 * {@link Answer} into its response.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    private static final int OK = 200;

    /** What to answer: the action's result, or for a key, its JSON as first stored; replayed for a repeated key. */
    public record Answer(int status, Object body, boolean replayed) {
    }

    private final EntityManager em;
    private final Caller caller;
    private final ObjectMapper json;

    @Inject
    public Idempotency(EntityManager em, Caller caller, ObjectMapper json) {
        this.em = em;
        this.caller = caller;
        this.json = json;
    }

    /**
     * @param endpoint what the key is bound to, e.g. {@code POST /api/grants/{id}/tranches/{trancheId}/payment}
     *                 with the ids filled in; the same key on another endpoint is a 409
     */
    @Transactional
    public Answer once(String key, String endpoint, Supplier<?> action) {
        if (key == null) {
            return new Answer(OK, action.get(), false);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        int claimed = em.createNativeQuery("insert into idempotency_record (subject, idempotency_key, endpoint) "
                + "values (:subject, :key, :endpoint) on conflict do nothing")
                .setParameter("subject", caller.subject())
                .setParameter("key", key)
                .setParameter("endpoint", endpoint)
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, endpoint);
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

    private Answer replay(String key, String endpoint) {
        Object[] first = (Object[]) em.createNativeQuery("select endpoint, status, body from idempotency_record "
                + "where subject = :subject and idempotency_key = :key")
                .setParameter("subject", caller.subject())
                .setParameter("key", key)
                .getSingleResult();
        if (!endpoint.equals(first[0])) {
            throw ProblemException.conflict(HEADER + " " + key + " was already used for another request");
        }
        return new Answer(((Number) first[1]).intValue(), first[2], true);
    }

    private String toJson(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer cannot be written as JSON", e);
        }
    }
}
