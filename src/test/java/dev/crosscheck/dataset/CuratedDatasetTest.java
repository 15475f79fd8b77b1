package dev.crosscheck.dataset;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.source.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The curated claims directory as committed: loads without errors, every anchor is verbatim. */
class CuratedDatasetTest {

    static Dataset dataset;

    @BeforeAll
    static void read() {
        dataset = new DatasetReader(10 * 1024 * 1024).read(Path.of("claims"), Path.of("seeds"));
    }

    @Test
    void loadsWithoutIssues() {
        assertThat(dataset.issues()).extracting(Issue::message).isEmpty();
        assertThat(dataset.sources()).hasSize(5);
        assertThat(dataset.claims()).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void everyAnchorIsTheVerbatimCodePointSliceOfItsSource() {
        for (Claim c : dataset.claims()) {
            SourceText s = dataset.sources().get(c.source());
            int[] cps = s.text().codePoints().toArray();
            var pos = c.anchor().position();
            assertThat(new String(cps, pos.start(), pos.end() - pos.start()))
                    .as("claim %s", c.id()).isEqualTo(c.anchor().quote().exact());
            assertThat(s.text()).contains(c.anchor().quote().prefix() + c.anchor().quote().exact() + c.anchor().quote().suffix());
        }
    }

    @Test
    void pinsTheSeedFingerprints() {
        Map<String, String> sha = dataset.sources().values().stream().collect(Collectors.toMap(SourceText::id, SourceText::sha256));
        assertThat(sha).containsExactlyInAnyOrderEntriesOf(Map.of(
                "000", "3b3e2e671e7267b357f287f39ba4b2542b03f71f28a81b8804afff9f7c28bb32",
                "001", "ede0fe558fface925c4a6749ab31a10b12d79c469e882db8bc2e2ab91044f22d",
                "002", "08e8945e5b6b0b5855580ca8040f06ccd4b2c431eaaf19d893262632e25e46b8",
                "003", "8bbb3ba1dac3d7a6957d33ade43d52bda032d35056db990e4962c5389787aa86",
                "004", "2a9e0e4d5f6cdb0212a959d544a7f5f557af8cf23b25a3829019a41ac8085069"));
        Map<String, Integer> lengths = dataset.sources().values().stream().collect(Collectors.toMap(SourceText::id, SourceText::length));
        assertThat(lengths).containsExactlyInAnyOrderEntriesOf(LENGTHS);
    }

    static final Map<String, Integer> LENGTHS = Map.of("000", 6469, "001", 3056, "002", 8790, "003", 3664, "004", 4005);

    @Test
    void claimsComeFromEverySource() {
        Set<String> sources = dataset.claims().stream().map(Claim::source).collect(Collectors.toSet());
        assertThat(sources).containsExactlyInAnyOrder("000", "001", "002", "003", "004");
    }
}
