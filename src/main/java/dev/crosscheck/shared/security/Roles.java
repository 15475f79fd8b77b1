package dev.crosscheck.shared.security;

/** The roles writes require. Reads are public. */
public final class Roles {
    /** May create, edit and retract claims. */
    public static final String EDITOR = "editor";
    /** May add sources and import or re-import whole claims files. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
