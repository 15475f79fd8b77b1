package dev.crosscheck.shared.rest;

import dev.crosscheck.shared.failure.DomainException;

/**
 * Parses numeric query parameters so that a malformed one is a 400 problem naming the
 * parameter (JAX-RS would answer 404 for a failed conversion).
 */
public final class QueryParams {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 200;

    private QueryParams() {
    }

    public static Integer optionalInt(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw DomainException.badParameter(name, "'" + raw + "' is not an integer");
        }
    }

    /** The last page whose first item's offset still fits an int at the largest page size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_PAGE_SIZE;

    /** true or false (any case); absent is false; anything else is a 400 naming the parameter. */
    public static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw DomainException.badParameter(name, "'" + raw + "' is not true or false");
        };
    }

    public static int page(String raw) {
        Integer p = optionalInt("page", raw);
        if (p != null && (p < 1 || p > MAX_PAGE)) {
            throw DomainException.badParameter("page", "must be between 1 and " + MAX_PAGE);
        }
        return p == null ? 1 : p;
    }

    public static int size(String raw) {
        Integer s = optionalInt("size", raw);
        if (s != null && (s < 1 || s > MAX_PAGE_SIZE)) {
            throw DomainException.badParameter("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return s == null ? DEFAULT_PAGE_SIZE : s;
    }
}
