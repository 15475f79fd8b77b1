package dev.crosscheck.validation;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile files fail fast, as one clear yaml-syntax issue of that file, never as success or a crash. */
class HostileInputTest {

    @TempDir
    Path dir;

    private Issue rejects(String name, byte[] content, String expected) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content);
        long start = System.nanoTime();
        ValidationReport r = Fixtures.validate(file, Fixtures.SEEDS, ValidationOptions.defaults());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("validating %s", name).isLessThan(Duration.ofSeconds(1));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.check()).isEqualTo(CheckId.YAML_SYNTAX);
            assertThat(i.file()).isEqualTo(file.toString().startsWith("/") ? ReportPaths.shorten(file).toString() : file.toString());
            assertThat(i.message()).contains(expected).doesNotContain("Exception");
        });
        return r.issues().get(0);
    }

    @Test
    void aliasBombIsRejected() throws Exception {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [");
            y.append(String.join(",", java.util.Collections.nCopies(9, "*" + p)));
            y.append("]\n");
        }
        y.append("claims: *j\n");
        rejects("claims-bomb.yaml", y.toString().getBytes(StandardCharsets.UTF_8), "aliases");
    }

    /** No id or text holds NUL, and PostgreSQL's text cannot: an escaped NUL is a syntax issue at its position, not a failed insert. */
    @Test
    void aNulInAValueIsRejectedWhereItIs() throws Exception {
        Issue i = rejects("claims-nul.yaml", "source: \"002\"\nclaims:\n  - id: \"a\\0b\"\n".getBytes(StandardCharsets.UTF_8), "NUL");
        assertThat(i.line()).isEqualTo(3);
    }

    @Test
    void scalarAliasesStayCheap() throws Exception {
        StringBuilder y = new StringBuilder("x: &x ").append("lol ".repeat(100)).append("\nclaims:\n");
        y.append("  - [").append(String.join(",", java.util.Collections.nCopies(1000, "*x"))).append("]\n");
        Path file = dir.resolve("claims-scalars.yaml");
        Files.writeString(file, y.toString());
        long start = System.nanoTime();
        ValidationReport r = Fixtures.validate(file, Fixtures.SEEDS, ValidationOptions.defaults());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void deepNestingIsRejected() throws Exception {
        String deep = "claims: " + "[".repeat(200) + "]".repeat(200) + "\n";
        Issue i = rejects("claims-deep.yaml", deep.getBytes(StandardCharsets.UTF_8), "64");
        assertThat(i.message()).containsIgnoringCase("nest");
        String deepMaps = "claims:\n" + buildIndented(200);
        rejects("claims-deep-maps.yaml", deepMaps.getBytes(StandardCharsets.UTF_8), "64");
    }

    private static String buildIndented(int levels) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            b.append(" ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        return b.toString();
    }

    @Test
    void oversizedFileIsRejectedWithoutParsing() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        Arrays.fill(big, (byte) '#');
        rejects("claims-big.yaml", big, "over the limit of 10485760 bytes");
    }

    @Test
    void binaryFileIsRejected() throws Exception {
        rejects("claims-binary.yaml", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "binary");
    }

    @Test
    void latin1FileIsRejected() throws Exception {
        rejects("claims-latin1.yaml", "claims:\n  - id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8");
    }

    @Test
    void jsonIsAcceptedAndItsSyntaxErrorsAreLocated() throws Exception {
        Path ok = dir.resolve("claims-ok.json");
        Files.writeString(ok, "{\"source\": \"001\", \"claims\": [{\"id\": \"json-firm-count\", \"subject\": \"zhejiang-symposium-2025-02-13\","
                + " \"property\": \"participating-firm-count\", \"value\": 3, \"unit\": \"firm\","
                + " \"quote\": \"宇树科技、强脑科技和游科互动科技3家“杭州六小龙”企业\"}]}\n");
        assertThat(Fixtures.validate(ok, Fixtures.SEEDS, ValidationOptions.defaults()).issues()).isEmpty();
        Issue i = rejects("claims-bad.json", "{\"claims\": [\n  {\"id\": \"x\",,}\n]}\n".getBytes(StandardCharsets.UTF_8), "");
        assertThat(i.line()).isEqualTo(2);
    }
}
