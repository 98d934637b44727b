package dev.storyline.extract;

/**
 * Thrown when a document holds no article that can honestly be given: binary content, an empty page, a
 * frameset, a page whose text is all navigation. The message says why in words a user understands; the
 * caller names the input beside it.
 */
public final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
