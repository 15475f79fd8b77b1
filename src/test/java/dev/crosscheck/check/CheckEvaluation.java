package dev.crosscheck.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores checks on the blind evaluation sentences of {@code bench/eval/}: accuracy, precision and
 * recall per verdict, and the counts of false SUPPORTED and false CONTRADICTED. The dev half may
 * be read sentence by sentence; the test half is reported only as figures.
 */
final class CheckEvaluation {

    record Item(String id, String lang, String kind, String text, String verdict, List<Map<String, String>> evidence,
                List<String> parts, String note) {
    }

    record Outcome(Item item, Verdict got, CheckResult result) {
        boolean right() {
            return got.name().equals(item.verdict());
        }
    }

    record Report(String half, List<Outcome> outcomes) {

        long count(Verdict expected, Verdict got) {
            return outcomes.stream().filter(o -> o.item().verdict().equals(expected.name()) && o.got() == got).count();
        }

        double accuracy() {
            return outcomes.stream().filter(Outcome::right).count() / (double) outcomes.size();
        }

        /** Got this verdict although another was right. */
        long falsely(Verdict v) {
            return outcomes.stream().filter(o -> o.got() == v && !o.right()).count();
        }

        double falseRate(Verdict v) {
            return falsely(v) / (double) outcomes.size();
        }

        String summary() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "== %s half: %d sentences, accuracy %.1f %%, false SUPPORTED %d (%.1f %%), "
                            + "false CONTRADICTED %d (%.1f %%)%n", half, outcomes.size(), 100 * accuracy(), falsely(Verdict.SUPPORTED),
                    100 * falseRate(Verdict.SUPPORTED), falsely(Verdict.CONTRADICTED), 100 * falseRate(Verdict.CONTRADICTED)));
            b.append(String.format(Locale.ROOT, "   %-16s %9s %9s %9s%n", "verdict", "precision", "recall", "support"));
            for (Verdict v : Verdict.values()) {
                long tp = count(v, v);
                long predicted = outcomes.stream().filter(o -> o.got() == v).count();
                long actual = outcomes.stream().filter(o -> o.item().verdict().equals(v.name())).count();
                b.append(String.format(Locale.ROOT, "   %-16s %9s %9s %9d%n", v, pct(tp, predicted), pct(tp, actual), actual));
            }
            b.append("   confusion (rows: label, columns: verdict given): ");
            for (Verdict v : Verdict.values()) {
                b.append(v.name(), 0, 4).append(' ');
            }
            b.append('\n');
            for (Verdict e : Verdict.values()) {
                b.append(String.format(Locale.ROOT, "   %-16s", e));
                for (Verdict g : Verdict.values()) {
                    b.append(String.format(Locale.ROOT, "%5d", count(e, g)));
                }
                b.append('\n');
            }
            Map<String, long[]> byLang = new java.util.TreeMap<>();
            for (Outcome o : outcomes) {
                long[] n = byLang.computeIfAbsent(o.item().lang(), k -> new long[2]);
                n[0]++;
                n[1] += o.right() ? 1 : 0;
            }
            byLang.forEach((lang, n) -> b.append(String.format(Locale.ROOT, "   %-8s %5.1f %% of %d%n", lang, 100.0 * n[1] / n[0], n[0])));
            return b.toString();
        }

        private static String pct(long a, long b) {
            return b == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * a / b);
        }
    }

    private CheckEvaluation() {
    }

    static List<Item> read(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            return List.of(yaml.readValue(file.toFile(), Item[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report run(String half, List<Item> items, Function<String, CheckResult> check) {
        List<Outcome> out = new ArrayList<>();
        for (Item i : items) {
            CheckResult r = check.apply(i.text());
            out.add(new Outcome(i, r.verdict(), r));
        }
        return new Report(half, out);
    }

    /** Every wrong verdict of a half, with what the check read: for the dev half only. */
    static void writeFailures(Report r, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Outcome o : r.outcomes()) {
            if (o.right()) {
                continue;
            }
            b.append(o.item().id()).append(" [").append(o.item().kind()).append("] expected ").append(o.item().verdict())
                    .append(", got ").append(o.got()).append('\n').append("  ").append(o.item().text()).append('\n');
            o.item().evidence().forEach(e -> b.append("  source ").append(e.get("source")).append(": ").append(e.get("quote")).append('\n'));
            b.append("  note: ").append(o.item().note()).append('\n');
            b.append("  explanation: ").append(o.result().explanation()).append('\n');
            o.result().uncovered().forEach(u -> b.append("  uncovered: ").append(u.text()).append(" (").append(u.reason()).append(")\n"));
            b.append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.toString());
    }

    static Map<Verdict, Long> labels(List<Item> items) {
        Map<Verdict, Long> m = new EnumMap<>(Verdict.class);
        items.forEach(i -> m.merge(Verdict.valueOf(i.verdict()), 1L, Long::sum));
        return m;
    }
}
