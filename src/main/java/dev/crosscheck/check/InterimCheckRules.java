package dev.crosscheck.check;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stand-in for the rules engine's qualifier policy until it is merged, following the semantics
 * docs/claims-format.md gives the common keys: {@code definition} is soft (it changes the
 * definition, not the fact); {@code asOf}, {@code outOf} and {@code period} match a claim that
 * does not give them; every other key partitions facts. It reports no findings.
 *
 * <p>Replace by an implementation over {@code dev.crosscheck.rules} (a {@link CheckRules} bean
 * without {@link DefaultBean}); this class then goes.
 */
@ApplicationScoped
@DefaultBean
public class InterimCheckRules implements CheckRules {

    private static final Set<String> SOFT = Set.of("definition");
    private static final Set<String> WILDCARD = Set.of("asOf", "outOf", "period");

    @Override
    public QualifierFit fit(Map<String, String> stated, Map<String, String> claimed) {
        for (Map.Entry<String, String> e : stated.entrySet()) {
            String key = e.getKey();
            String mine = e.getValue();
            String theirs = claimed.get(key);
            if (theirs == null) {
                if (!SOFT.contains(key) && !WILDCARD.contains(key)) {
                    return new QualifierFit("the sentence names " + key + " '" + mine + "', the source none", List.of());
                }
            } else if (!same(key, mine, theirs)) {
                return new QualifierFit("different " + key + " ('" + mine + "' in the sentence, '" + theirs + "' in the source)", List.of());
            }
        }
        List<String> assumed = new ArrayList<>();
        claimed.keySet().stream().filter(k -> !stated.containsKey(k)).forEach(assumed::add);
        return new QualifierFit(null, assumed);
    }

    /** A year in a sentence is the same date as a month of that year in a source ("2024" and "2024-12"). */
    private static boolean same(String key, String a, String b) {
        if (a.strip().equals(b.strip())) {
            return true;
        }
        return "asOf".equals(key) && (b.startsWith(a + "-") || a.startsWith(b + "-"));
    }

    @Override
    public boolean partitions(String key) {
        return !SOFT.contains(key) && !WILDCARD.contains(key);
    }

    @Override
    public List<CheckFinding> findingsAbout(Collection<String> claimIds) {
        return List.of();
    }
}
