package dev.storyline.time;

import java.util.Locale;
import java.util.Map;

/**
 * A fixed map from lower-case words to values that looks a word up straight in the text, ignoring case and
 * without copying it: the tagger asks it about every word of every sentence, and nearly all the answers are
 * "no". Immutable after construction; thread-safe.
 *
 * @param <V> the value type
 */
final class WordIndex<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    WordIndex(Map<String, V> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 4 - 1)) << 1;
        keys = new String[size];
        values = new Object[size];
        mask = size - 1;
        entries.forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            int i = hash(key, 0, key.length()) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = v;
        });
    }

    /** The value of the word {@code text[start, end)} in any case, or null. */
    @SuppressWarnings("unchecked")
    V get(String text, int start, int end) {
        int length = end - start;
        int i = hash(text, start, end) & mask;
        for (String key = keys[i]; key != null; key = keys[i]) {
            if (key.length() == length && key.regionMatches(true, 0, text, start, length)) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    private static int hash(String s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Character.toLowerCase(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }
}
