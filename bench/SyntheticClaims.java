import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic claims directory for the validation benchmark: properties and rules of
 * claims/, its entities once per copy, and one claims file holding N claims, copies of the curated
 * claims with new ids. Every quote is a real one, so every claim anchors in the seed sources.
 * Shaped like a large real dataset: many entities with some tens of claims each. Copy k renames
 * every entity it refers to (subject, entity values, qualifier values) to "nN-<id>" with
 * N = k mod 50, so there are 50 copies of the curated entities (about 5,000) and each entity has
 * the claims of about ten copies; each copy also carries a "copy" qualifier, undeclared in
 * rules.yaml and so hard and distinct, which keeps the copies of one fact apart, as distinct facts.
 *
 * Run with the JDK's single-file launcher, no build needed:
 *   java bench/SyntheticClaims.java claims target/bench/claims-100k 100000
 *
 * The transform is textual and relies on the layout of the curated files (claims at two spaces,
 * fields at four, qualifiers as an indented block).
 */
public class SyntheticClaims {

    private static final Pattern SOURCE = Pattern.compile("^source:\\s*\"?([^\"\\s]+)\"?\\s*$");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java bench/SyntheticClaims.java CLAIMS_DIR OUT_DIR COUNT");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        List<List<String>> claims = readClaims(in);
        Files.createDirectories(out);
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        for (String f : List.of("properties.yaml", "rules.yaml")) {
            Files.copy(in.resolve(f), out.resolve(f));
        }
        List<String> entityLines = Files.readAllLines(in.resolve("entities.yaml"), StandardCharsets.UTF_8);
        Set<String> entityIds = new HashSet<>();
        for (String line : entityLines) {
            if (line.startsWith("  - id: ")) {
                entityIds.add(line.substring(8).strip());
            }
        }
        int copies = Math.min(NAMESPACES, (count + claims.size() - 1) / claims.size());
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("entities.yaml"), StandardCharsets.UTF_8)) {
            w.write("entities:\n");
            for (int copy = 0; copy < copies; copy++) {
                for (String line : entityLines) {
                    if (line.startsWith("  - id: ")) {
                        w.write("  - id: n" + copy + "-" + line.substring(8).strip() + "\n");
                    } else if (line.startsWith("    ")) {
                        w.write(line + "\n");
                    }
                }
            }
        }
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("claims-synthetic.yaml"), StandardCharsets.UTF_8)) {
            w.write("# " + count + " synthetic claims: copies of the curated claims with new ids (bench/SyntheticClaims.java)\n");
            w.write("claims:\n");
            for (int copy = 0; written < count; copy++) {
                for (List<String> claim : claims) {
                    if (written++ == count) {
                        break;
                    }
                    write(w, claim, copy, entityIds);
                }
            }
        }
        System.out.println("wrote " + count + " claims to " + out.resolve("claims-synthetic.yaml"));
    }

    /** Each claim as its lines, the first line being "  - id: ...", with "source:" made explicit. */
    private static List<List<String>> readClaims(Path dir) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("claims-.*\\.yaml")).sorted().toList();
        }
        for (Path f : files) {
            String source = null;
            List<String> current = null;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                Matcher m = SOURCE.matcher(line);
                if (m.matches()) {
                    source = m.group(1);
                } else if (line.startsWith("  - id: ")) {
                    current = new ArrayList<>();
                    current.add(line);
                    current.add("    source: \"" + source + "\"");
                    out.add(current);
                } else if (current != null && line.startsWith("    ") && !line.startsWith("    note:") && !line.startsWith("    source:")) {
                    current.add(line);
                }
            }
        }
        return out;
    }

    private static final int NAMESPACES = 50;
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static void write(BufferedWriter w, List<String> claim, int copy, Set<String> entityIds) throws IOException {
        boolean hasQualifiers = claim.contains("    qualifiers:");
        for (String line : claim) {
            if (line.startsWith("  - id: ")) {
                w.write("  - id: s" + copy + "-" + line.substring(8) + "\n");
                if (!hasQualifiers) {
                    w.write("    qualifiers: {copy: \"" + copy + "\"}\n");
                }
            } else if (line.startsWith("    quote:") || line.startsWith("    source:")) {
                w.write(line + "\n");
            } else {
                w.write(renameEntities(line, copy % NAMESPACES, entityIds) + "\n");
                if (line.equals("    qualifiers:")) {
                    w.write("      copy: \"" + copy + "\"\n");
                }
            }
        }
    }

    /** Entity ids in a field's value become this copy's ids; everything else is kept. */
    private static String renameEntities(String line, int namespace, Set<String> entityIds) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return line;
        }
        Matcher m = TOKEN.matcher(line);
        StringBuilder b = new StringBuilder(line.substring(0, colon + 1));
        int last = colon + 1;
        while (m.find(last)) {
            b.append(line, last, m.start());
            String token = m.group();
            boolean standalone = (m.start() == 0 || !Character.isLetterOrDigit(line.charAt(m.start() - 1)) && line.charAt(m.start() - 1) != '-')
                    && (m.end() == line.length() || !Character.isLetterOrDigit(line.charAt(m.end())));
            b.append(standalone && entityIds.contains(token) ? "n" + namespace + "-" + token : token);
            last = m.end();
        }
        return b.append(line.substring(last)).toString();
    }
}
