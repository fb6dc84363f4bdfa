package org.grantsplatform.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Instant;
import org.grantsplatform.runtime.testing.MovableClock;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-27T22:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(3, clock);

    @Test
    void shouldAnswerTheSameTokenUntilItExpiresAndNoOtherToken() {
        SecurityIdentity alice = identity("alice");
        tokens.put("token-a", alice, NOW.plusSeconds(300));

        assertThat(tokens.get("token-a")).isSameAs(alice);
        assertThat(tokens.get("token-a ")).isNull();
        assertThat(tokens.get("token-b")).isNull();

        clock.set(NOW.plusSeconds(299));
        assertThat(tokens.get("token-a")).isSameAs(alice);
        clock.set(NOW.plusSeconds(300));
        assertThat(tokens.get("token-a")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void shouldNotKeepAnExpiredToken() {
        tokens.put("old", identity("bob"), NOW.minusSeconds(1));

        assertThat(tokens.get("old")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void shouldStayWithinItsCapacityDroppingExpiredTokensFirst() {
        tokens.put("t1", identity("a"), NOW.plusSeconds(10));
        tokens.put("t2", identity("b"), NOW.plusSeconds(600));
        tokens.put("t3", identity("c"), NOW.plusSeconds(600));
        clock.set(NOW.plusSeconds(20));

        tokens.put("t4", identity("d"), NOW.plusSeconds(600));

        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.get("t2")).isNotNull();
        assertThat(tokens.get("t4")).isNotNull();

        tokens.put("t5", identity("e"), NOW.plusSeconds(600));

        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.get("t5")).isNotNull();
    }

    private static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder().setPrincipal(() -> name).build();
    }
}
