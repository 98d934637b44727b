package dev.storyline.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which source URLs may become clickable links, in every output: the served pages, the Atom
 * feed, and {@code digest} as HTML or Markdown. Only {@code http:} and {@code https:} URLs with a host
 * do; anything else ({@code javascript:}, {@code data:}, {@code file:} paths of the machine that read the
 * article, relative or malformed references) is shown as plain text, because a link target is the one
 * place where escaping alone does not make text inert. Stateless and safe to share across threads.
 */
public final class SafeLink {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https");

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
            if (uri.isOpaque() || uri.getRawAuthority() == null) {
                return Optional.empty(); // "http:foo", "http:/x" and the like are not real links
            }
            return Optional.of(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
