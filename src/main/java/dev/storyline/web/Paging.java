package dev.storyline.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list of stories, as asked for with {@code ?page=} (from 1) and {@code ?limit=} (1 to
 * {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} by default), with the RFC 8288 {@code Link} header that
 * leads to the first, previous, next and last pages. Immutable.
 *
 * @param page  the page asked for, from 1 (it may lie past the last page, which is then empty)
 * @param limit stories per page
 * @param total stories in the whole list
 */
public record Paging(int page, int limit, int total) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Thrown for a {@code page} or {@code limit} that is not a number in range; the message says what is allowed. */
    public static final class BadRequest extends IllegalArgumentException {
        BadRequest(String message) {
            super(message);
        }
    }

    /**
     * The paging a request asks for.
     *
     * @param page  the {@code page} query value, or {@code null}
     * @param limit the {@code limit} query value, or {@code null}
     * @throws BadRequest when either is not a whole number in range
     */
    public static Paging of(String page, String limit, int total) {
        return new Paging(number("page", page, 1, Integer.MAX_VALUE / MAX_LIMIT, 1),
                number("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT), total);
    }

    private static int number(String name, String value, int min, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequest(name + " must be a whole number from " + min + " to " + max + ", not '"
                + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
    }

    /** The last page, at least 1. */
    public int pages() {
        return Math.max(1, (total + limit - 1) / limit);
    }

    /** This page's part of {@code all}, which holds the whole list. */
    public <T> List<T> of(List<T> all) {
        long from = (long) (page - 1) * limit;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + limit));
    }

    /**
     * The path of another page of this list, e.g. {@code /api/stories?page=3&limit=20}; a list path with a
     * query of its own ({@code /?category=sports}) keeps it.
     */
    public String path(String listPath, int otherPage) {
        return listPath + (listPath.contains("?") ? "&" : "?") + "page=" + otherPage + (limit == DEFAULT_LIMIT ? "" : "&limit=" + limit);
    }

    /** The previous page's path, or {@code null} on the first. */
    public String previous(String listPath) {
        return page > 1 ? path(listPath, Math.min(page - 1, pages())) : null;
    }

    /** The next page's path, or {@code null} on the last. */
    public String next(String listPath) {
        return page < pages() ? path(listPath, page + 1) : null;
    }

    /** The {@code Link} header value for this page of the list at {@code listPath}. */
    public String linkHeader(String listPath) {
        List<String> links = new ArrayList<>();
        links.add("<" + path(listPath, 1) + ">; rel=\"first\"");
        if (previous(listPath) != null) {
            links.add("<" + previous(listPath) + ">; rel=\"prev\"");
        }
        if (next(listPath) != null) {
            links.add("<" + next(listPath) + ">; rel=\"next\"");
        }
        links.add("<" + path(listPath, pages()) + ">; rel=\"last\"");
        return String.join(", ", links);
    }
}
