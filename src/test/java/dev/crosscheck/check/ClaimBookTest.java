package dev.crosscheck.check;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.dataset.Dataset;
import dev.crosscheck.dataset.DatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A book updated change by change reads exactly as one built from the claims it ends with: the
 * incremental path a write takes is the full build, only cheaper.
 */
class ClaimBookTest {

    private static Catalog catalog;
    private static List<Claim> curated;

    @BeforeAll
    static void read() {
        Dataset d = new DatasetReader(10_000_000).read(Path.of("claims"), Path.of("seeds"));
        catalog = d.catalog();
        curated = d.claims();
    }

    private static StoredClaim stored(Claim c, long version) {
        return new StoredClaim(c, version, false, null, OffsetDateTime.parse("2026-01-01T00:00:00Z"), "test", version);
    }

    /** The same claim under another claim's id: a replacement that moves it to other buckets. */
    private static Claim renamed(Claim c, String id) {
        return new Claim(id, c.subject(), c.property(), c.value(), c.unit(), c.qualifiers(), c.source(), c.quote(), c.anchor(),
                c.normalized(), c.note());
    }

    @Test
    void changesAppliedOneByOneGiveTheBookOfTheClaimsInForce() {
        Random random = new Random(7);
        Map<String, StoredClaim> inForce = new LinkedHashMap<>();
        List<Claim> pool = new ArrayList<>(curated);
        java.util.Collections.shuffle(pool, random);
        pool.subList(0, pool.size() / 2).forEach(c -> inForce.put(c.id(), stored(c, 1)));
        ClaimBook book = new ClaimBook(List.copyOf(inForce.values()), catalog);
        for (int step = 0; step < 40; step++) {
            List<StoredClaim> upserts = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<String> ids = new ArrayList<>(inForce.keySet());
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                Claim any = pool.get(random.nextInt(pool.size()));
                switch (random.nextInt(3)) {
                    case 0 -> upserts.add(stored(any, step + 2));
                    case 1 -> {
                        if (!ids.isEmpty()) {
                            upserts.add(stored(renamed(any, ids.get(random.nextInt(ids.size()))), step + 2));
                        }
                    }
                    default -> {
                        if (!ids.isEmpty()) {
                            removed.add(ids.get(random.nextInt(ids.size())));
                        }
                    }
                }
            }
            removed.removeIf(id -> upserts.stream().anyMatch(s -> s.claim().id().equals(id)));
            Map<String, StoredClaim> distinct = new LinkedHashMap<>();
            upserts.forEach(s -> distinct.put(s.claim().id(), s));
            book = book.with(distinct.values(), removed);
            removed.forEach(inForce::remove);
            inForce.putAll(distinct);
            assertSameReading(book, new ClaimBook(List.copyOf(inForce.values()), catalog), inForce.values());
        }
    }

    @Test
    void aChangeLeavesTheBookItWasAppliedToAsItWas() {
        List<StoredClaim> all = curated.stream().map(c -> stored(c, 1)).toList();
        ClaimBook before = new ClaimBook(all, catalog);
        Claim first = curated.get(0);
        ClaimBook after = before.with(List.of(), List.of(first.id()));
        assertThat(after.claim(first.id())).isNull();
        assertThat(after.of(first.subject(), first.property())).doesNotContain(first);
        // Checks running on the older snapshot still see the claim, in every index.
        assertThat(before.claim(first.id())).isEqualTo(first);
        assertThat(before.of(first.subject(), first.property())).contains(first);
        assertThat(before.ofSubject(first.subject())).contains(first);
        assertThat(before.ofProperty(first.property())).contains(first);
    }

    private static void assertSameReading(ClaimBook incremental, ClaimBook full, Collection<StoredClaim> inForce) {
        Set<String> subjects = new TreeSet<>();
        Set<String> properties = new TreeSet<>();
        curated.forEach(c -> {
            subjects.add(c.subject());
            properties.add(c.property());
        });
        for (String s : subjects) {
            assertThat(incremental.ofSubject(s)).isEqualTo(full.ofSubject(s));
            for (String p : properties) {
                assertThat(incremental.of(s, p)).isEqualTo(full.of(s, p));
                assertThat(incremental.has(s, p)).isEqualTo(full.has(s, p));
            }
        }
        for (String p : properties) {
            assertThat(incremental.ofProperty(p)).isEqualTo(full.ofProperty(p));
            assertThat(incremental.valueTypes(null, p)).isEqualTo(full.valueTypes(null, p));
        }
        assertThat(new TreeMap<>(incremental.qualifierEntities())).isEqualTo(new TreeMap<>(full.qualifierEntities()));
        for (Claim c : curated) {
            assertThat(incremental.claim(c.id())).isEqualTo(full.claim(c.id()));
        }
        for (StoredClaim s : inForce) {
            assertThat(incremental.stored(s.claim())).isEqualTo(s);
        }
    }
}
