package dev.storyline.store;

/**
 * The story store could not be opened: the database server is unreachable, refused the credentials, or the
 * schema could not be brought up to date. The message names the store and says what went wrong, fit to show
 * a user as it is.
 */
public final class StoreUnavailableException extends IllegalStateException {

    StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
