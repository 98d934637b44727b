package dev.storyline.follow;

import dev.storyline.ingest.feed.FeedItem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The keys a feed item is known by: its guid and its link, else a hash of its title and text. An item is
 * new when none of its keys was seen, so that a feed that changes an item's guid, or moves it to another
 * address, does not make it new.
 */
public final class ItemKeys {

    private ItemKeys() {
    }

    public static List<String> of(FeedItem item) {
        List<String> keys = new ArrayList<>(2);
        if (item.guid() != null && !item.guid().isBlank()) {
            keys.add("g:" + clip(item.guid()));
        }
        if (item.link() != null && !item.link().isBlank()) {
            keys.add("u:" + clip(item.link()));
        }
        if (keys.isEmpty()) {
            keys.add("h:" + sha256(item.title() + "\n" + item.body()));
        }
        return keys;
    }

    /** Keys stay short enough to index; a longer one is replaced by its hash. */
    private static String clip(String key) {
        return key.length() <= 500 ? key : "#" + sha256(key);
    }

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
