package dev.storyline.ingest.feed;

/** A feed or OPML document that cannot be read; the message says what is wrong in a user's words. */
public final class MalformedFeedException extends Exception {

    public MalformedFeedException(String message) {
        super(message);
    }

    public MalformedFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
