package dev.crosscheck.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the validation fixtures live, and the one way tests validate them. */
public final class Fixtures {

    public static final Path ROOT = Path.of("src/test/resources/validation");
    public static final Path CHECKS = ROOT.resolve("checks");
    public static final Path CATALOG = Path.of("claims");
    public static final Path SEEDS = Path.of("seeds");
    public static final long LIMIT = 10L * 1024 * 1024;

    private Fixtures() {
    }

    public static ValidationReport validate(Path file, Path sources, ValidationOptions options) {
        try {
            return new ValidationService(LIMIT).validatePath(file, CATALOG, sources, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A check's fixture: fail.yaml or pass.yaml, with the check's own sources/ directory when it has one. */
    public static ValidationReport validateCheck(String check, String which, ValidationOptions options) {
        Path dir = CHECKS.resolve(check);
        Path sources = "fail".equals(which) && Files.isDirectory(dir.resolve("sources")) ? dir.resolve("sources") : SEEDS;
        return validate(dir.resolve(which + ".yaml"), sources, options);
    }
}
