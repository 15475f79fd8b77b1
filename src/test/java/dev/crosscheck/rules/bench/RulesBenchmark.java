package dev.crosscheck.rules.bench;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.rules.Finding;
import dev.crosscheck.rules.Relation;
import dev.crosscheck.rules.RuleSet;
import dev.crosscheck.rules.RulesEngine;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.yaml.YamlReader;
import dev.crosscheck.source.SourceText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark of the rules engine with {@code claims/rules.yaml} over synthetic claims: full
 * evaluation at 10k, 100k and 1M claims (median of several runs after warm-up), the growth per
 * 10× claims, and single-claim incremental updates at 1M. A benchmark, not a test: run it with
 * {@code bench/rules.sh}.
 */
public final class RulesBenchmark {

    private static final long SEED = 42;
    /** Process CPU time (all threads, GC included) shows the engine's cost when other processes share the cores. */
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private RulesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path rulesFile = Path.of(args.length > 0 ? args[0] : "claims/rules.yaml");
        RuleSet rules = rules(rulesFile);
        Catalog catalog = SyntheticClaims.catalog();
        System.out.printf("rules %s (version %s), %d cores, max heap %d MB, load average %.1f%n", rulesFile,
                rules.version().substring(0, 12), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                OS.getSystemLoadAverage());

        List<Claim> warm = SyntheticClaims.generate(100_000, SEED + 1);
        for (int i = 0; i < 5; i++) {
            new RulesEngine(rules, catalog).evaluateAll(warm);
        }
        warm = null;

        int[] sizes = {10_000, 100_000, 1_000_000};
        int[] runs = {15, 9, 5};
        double[] medians = new double[sizes.length];
        RulesEngine big = null;
        List<Claim> bigClaims = null;
        for (int s = 0; s < sizes.length; s++) {
            List<Claim> claims = SyntheticClaims.generate(sizes[s], SEED);
            RulesEngine engine = new RulesEngine(rules, catalog);
            double[] times = new double[runs[s]];
            double[] cpu = new double[runs[s]];
            for (int r = 0; r < runs[s]; r++) {
                System.gc();
                long c0 = OS.getProcessCpuTime();
                long t0 = System.nanoTime();
                engine.evaluateAll(claims);
                times[r] = (System.nanoTime() - t0) / 1e6;
                cpu[r] = (OS.getProcessCpuTime() - c0) / 1e6;
            }
            medians[s] = median(times);
            System.out.printf("full evaluation %,9d claims: median %8.1f ms (min %.1f, max %.1f, %d runs; median CPU time %.1f ms)  %s%n",
                    sizes[s], medians[s], Arrays.stream(times).min().orElse(0), Arrays.stream(times).max().orElse(0), runs[s], median(cpu),
                    summary(engine));
            if (s == sizes.length - 1) {
                big = engine;
                bigClaims = claims;
            }
        }
        for (int s = 1; s < sizes.length; s++) {
            System.out.printf("growth %,d -> %,d claims: x%.2f time%n", sizes[s - 1], sizes[s], medians[s] / medians[s - 1]);
        }
        incremental(big, bigClaims);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use with 1M claims and their findings held: %d MB; load average %.1f%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, OS.getSystemLoadAverage());
    }

    /** Revises one random claim at a time, and removes and re-adds one, as an editor would. */
    private static void incremental(RulesEngine engine, List<Claim> claims) {
        Random random = new Random(SEED);
        int n = 2_000;
        double[] revise = new double[n];
        double[] removeAdd = new double[n];
        long groups = 0;
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(random.nextInt(claims.size()));
            Claim revised = SyntheticClaims.revised(c, i);
            long t0 = System.nanoTime();
            RulesEngine.Update u = engine.update(List.of(revised), List.of());
            revise[i] = (System.nanoTime() - t0) / 1e6;
            engine.update(List.of(c), List.of());
            groups += u.groupsRecomputed();
            Claim d = claims.get(random.nextInt(claims.size()));
            t0 = System.nanoTime();
            engine.update(List.of(), List.of(d.id()));
            engine.update(List.of(d), List.of());
            removeAdd[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("incremental update at %,d claims, one claim revised: median %.3f ms, p99 %.3f ms, max %.3f ms "
                        + "(%d updates, %.1f groups recomputed on average)%n", claims.size(), median(revise), percentile(revise, 0.99),
                Arrays.stream(revise).max().orElse(0), n, groups / (double) n);
        System.out.printf("incremental update at %,d claims, one claim removed then re-added: median %.3f ms, p99 %.3f ms%n",
                claims.size(), median(removeAdd), percentile(removeAdd, 0.99));
    }

    private static String summary(RulesEngine engine) {
        Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
        List<Finding> all = engine.findings().findings();
        for (Finding f : all) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        return all.size() + " findings " + counts;
    }

    private static RuleSet rules(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        List<Issue> issues = new ArrayList<>();
        RuleSet rules = RuleSet.parse(YamlReader.read(new String(bytes, StandardCharsets.UTF_8)), file.toString(), SourceText.sha256(bytes),
                issues);
        if (!issues.isEmpty()) {
            throw new IllegalStateException("rules file has problems: " + issues);
        }
        return rules;
    }

    private static double median(double[] xs) {
        return percentile(xs, 0.5);
    }

    private static double percentile(double[] xs, double p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * (s.length - 1) + 0.5))];
    }
}
