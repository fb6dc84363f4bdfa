package org.grantsplatform.runtime.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/** Tokens a service must refuse with 401, each wrong in exactly one way. */
public final class BadTokens {

    public static final String ISSUER = "https://server.example.com";

    private BadTokens() {
    }

    /** The claims of a valid token; sign it to get one the service accepts. */
    public static JwtClaimsBuilder claims(String user, String role) {
        return Jwt.preferredUserName(user).subject(TestTokens.subjectOf(user)).groups(Set.of(role))
                .issuer(ISSUER).audience(ISSUER).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /** Every bad token by name, for a user with this role. */
    public static Map<String, String> all(String user, String role) {
        String valid = sign(claims(user, role));
        String[] parts = valid.split("\\.");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String noneHeader = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        String forged = new String(payload, StandardCharsets.UTF_8)
                .replace(TestTokens.subjectOf(user), TestTokens.subjectOf("attacker"));
        char last = parts[2].charAt(parts[2].length() / 2);
        String flipped = parts[2].substring(0, parts[2].length() / 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(parts[2].length() / 2 + 1);
        return Map.of(
                "expired", sign(claims(user, role).issuedAt(Instant.now().minusSeconds(7200))
                        .expiresAt(Instant.now().minusSeconds(3600))),
                "wrong issuer", sign(claims(user, role).issuer("https://evil.example.com")),
                "wrong audience", sign(claims(user, role).audience("https://other.example.com")),
                "unsigned (alg none)", noneHeader + "." + parts[1] + ".",
                "tampered signature", parts[0] + "." + parts[1] + "." + flipped,
                "tampered claims", parts[0] + "." + b64.encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
                        + parts[2],
                "garbage", "not-a-token",
                "empty", "");
    }
}
