package dev.storyline.follow;

import dev.storyline.ingest.fetch.FetchException;

import java.time.Duration;

/** A failed fetch said the way the Feeds page shows it: what happened, for a reader rather than a programmer. */
final class FailureWords {

    private FailureWords() {
    }

    static String status(int status, Duration retryAfter) {
        String when = retryAfter == null ? "" : "; it asked us to come back in " + spoken(retryAfter);
        return switch (status) {
            case 401, 403 -> "the site refuses access to the feed (HTTP " + status + ")";
            case 404 -> "there is no feed at this address any more (HTTP 404 Not Found)";
            case 410 -> "the site removed this feed for good (HTTP 410 Gone)";
            case 429 -> "the site asks us to slow down (HTTP 429 Too Many Requests)" + when;
            case 503 -> "the site is temporarily unavailable (HTTP 503)" + when;
            default -> status >= 500 ? "the site's server failed (HTTP " + status + ")" + when
                    : "the site answered HTTP " + status + when;
        };
    }

    static String fetch(FetchException e) {
        String detail = e.getMessage();
        return switch (e.reason()) {
            case BAD_URL -> "the feed's address cannot be fetched: " + detail;
            case BLOCKED_ADDRESS -> "the address points into a private network, which is not fetched: " + detail;
            case ROBOTS -> "the site's robots.txt does not let us fetch the feed: " + detail;
            case HTTP_STATUS -> "the site answered with an error: " + detail;
            case REDIRECT -> "the feed redirects in a way that cannot be followed: " + detail;
            case TOO_LARGE -> "the feed is too large: " + detail;
            case TIMEOUT -> "the site took too long to answer: " + detail;
            case NETWORK -> "the site could not be reached: " + detail;
        };
    }

    static String spoken(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " seconds" : s < 7200 ? (s / 60) + " minutes" : (s / 3600) + " hours";
    }
}
