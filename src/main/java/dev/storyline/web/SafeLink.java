package dev.storyline.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which source URLs may become clickable links. Only {@code http:}, {@code https:} and
 * {@code file:} URLs do; anything else ({@code javascript:}, {@code data:}, relative or malformed
 * references) is shown as plain text, because a link target is the one place where escaping alone does
 * not make text inert. Stateless and safe to share across threads.
 */
public final class SafeLink {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "file");

    private SafeLink() {
    }

    /** The URL itself when it may be used as an {@code href}, else empty. */
    public static Optional<String> href(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            // Parse the exact string: browsers drop tabs and newlines inside a scheme, URI refuses them.
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !ALLOWED_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            if (uri.isOpaque()) {
                return Optional.empty(); // "http:foo" and the like are not real links
            }
            return Optional.of(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
