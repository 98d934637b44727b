package dev.storyline.follow;

import dev.storyline.store.StoryStore;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The token that lets a browser change which feeds are followed. It is made at the first start, shown
 * once, and only its SHA-256 is stored, so that a copy of the database does not give it away. Reading the
 * Feeds page needs none. Safe to share across threads.
 */
public final class AdminToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StoryStore store;

    public AdminToken(StoryStore store) {
        this.store = store;
    }

    /** A new token when none is stored yet (to be shown once), else nothing. */
    public Optional<String> createIfMissing() {
        boolean exists = store.withHandle(false, h -> h.createQuery("SELECT COUNT(*) FROM admin_token")
                .mapTo(Integer.class).one() > 0);
        if (exists) {
            return Optional.empty();
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store.withHandle(true, h -> h.createUpdate("INSERT INTO admin_token (token_sha256, created_ms) VALUES (:hash, :now)")
                .bind("hash", ItemKeys.sha256(token)).bind("now", Instant.now().toEpochMilli()).execute());
        return Optional.of(token);
    }

    /** Whether {@code presented} is the stored token; compared in constant time. */
    public boolean admits(String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        byte[] offered = HexFormat.of().parseHex(ItemKeys.sha256(presented.strip()));
        List<String> stored = store.withHandle(false, h -> h.createQuery("SELECT token_sha256 FROM admin_token")
                .mapTo(String.class).list());
        boolean match = false;
        for (String hash : stored) {
            match |= MessageDigest.isEqual(HexFormat.of().parseHex(hash), offered);
        }
        return match;
    }
}
