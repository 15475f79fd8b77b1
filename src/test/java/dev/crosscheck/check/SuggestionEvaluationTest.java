package dev.crosscheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.ClaimService;
import dev.crosscheck.claim.StoredClaim;
import dev.crosscheck.claim.value.ClaimValue;
import dev.crosscheck.claim.value.NumberMention;
import dev.crosscheck.claim.value.NumberParser;
import dev.crosscheck.claim.value.ValueNormalizer;
import dev.crosscheck.dataset.DatasetService;
import dev.crosscheck.source.SourceService;
import dev.crosscheck.source.SourceText;
import dev.crosscheck.source.anchor.AnchorResult;
import dev.crosscheck.source.anchor.QuoteAnchorer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggested claims, measured: every quote anchors verbatim where it was read; recall of the
 * curated numeric claims on the seed sources; recall on an article the project was not built on
 * (bench/eval/suggestions/unseen-*, written blind); precision on the labelled sample
 * (bench/eval/suggestions/labels.yaml). Figures go to target/suggestions-eval.txt.
 */
@QuarkusTest
class SuggestionEvaluationTest {

    static final List<String> SEEDS = List.of("000", "001", "002", "003", "004");
    static final Path EVAL = Path.of("bench/eval/suggestions");
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Inject
    SourceService sources;
    @Inject
    ClaimService claims;
    @Inject
    DatasetService dataset;

    static JsonNode suggest(String source, String minScore) {
        var req = given().header("Authorization", "Bearer dev-editor-key");
        if (minScore != null) {
            req = req.queryParam("minScore", minScore);
        }
        String body = req.post("/api/v1/sources/" + source + "/suggestions").then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void report(String line) throws IOException {
        Path out = Path.of("target/suggestions-eval.txt");
        Files.writeString(out, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.println("[suggestions] " + line);
    }

    @Test
    void everySuggestedQuoteAnchorsVerbatimWhereItWasRead() {
        int checked = 0;
        for (String id : SEEDS) {
            SourceText source = sources.get(id);
            int[] cps = source.text().codePoints().toArray();
            for (JsonNode s : suggest(id, "0").get("suggestions")) {
                int start = s.at("/target/positionSelector/start").asInt();
                int end = s.at("/target/positionSelector/end").asInt();
                String exact = s.at("/target/quoteSelector/exact").asText();
                assertThat(exact).isEqualTo(new String(cps, start, end - start));
                AnchorResult again = QuoteAnchorer.anchor(source.folded(), s.get("quote").asText());
                assertThat(again.isFound()).as(s.get("quote").asText()).isTrue();
                assertThat(again.anchor().position().start()).as(s.get("quote").asText()).isEqualTo(start);
                assertThat(again.anchor().position().end()).isEqualTo(end);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(150);
    }

    /** A curated claim is found when a suggestion's span overlaps its quote and the suggestion's value, read under the claim's property, equals it. */
    private boolean found(StoredClaim stored, JsonNode suggestions) {
        var c = stored.claim();
        PropertyDef p = dataset.catalog().property(c.property()).orElseThrow();
        for (JsonNode s : suggestions) {
            int start = s.at("/target/positionSelector/start").asInt();
            int end = s.at("/target/positionSelector/end").asInt();
            if (end <= c.anchor().position().start() || start >= c.anchor().position().end() || !s.has("value")) {
                continue;
            }
            Object value = s.get("value").isNumber() ? s.get("value").numberValue() : s.get("value").asText();
            Map<String, String> q = new LinkedHashMap<>(c.qualifiers());
            // The unit the suggestion read, or the claim's own: a measure word may stand for either ("条").
            List<String> units = new ArrayList<>();
            if (s.has("unit")) {
                units.add(s.get("unit").asText());
            }
            units.add(c.unit());
            for (String unit : units) {
                ValueNormalizer.Result r = ValueNormalizer.normalize(p, value, unit, q, dataset.catalog());
                if (r.ok() && r.value() instanceof ClaimValue.Numeric n && c.normalized() instanceof ClaimValue.Numeric cn
                        && n.interval().equals(cn.interval())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void recallOfCuratedNumericClaimsOnTheSeedSources() throws IOException {
        int all = 0;
        int hits = 0;
        List<String> lines = new ArrayList<>();
        for (String id : SEEDS) {
            JsonNode suggestions = suggest(id, null).get("suggestions");
            List<StoredClaim> numeric = claims.activeStored().stream()
                    .filter(s -> s.claim().source().equals(id) && s.claim().normalized() instanceof ClaimValue.Numeric).toList();
            long found = numeric.stream().filter(s -> found(s, suggestions)).count();
            lines.add(id + ": " + found + "/" + numeric.size() + " of " + suggestions.size() + " suggestions");
            all += numeric.size();
            hits += (int) found;
        }
        double recall = hits / (double) all;
        report(String.format("seed recall of curated numeric claims at the default minScore: %d/%d = %.1f %% (%s)", hits, all,
                100 * recall, String.join("; ", lines)));
        assertThat(recall).isGreaterThanOrEqualTo(0.80);
    }

    /** Registers one of the articles of bench/eval/suggestions as a source, as a curator would through the API. */
    static SourceText register(SourceService sources, String name) throws IOException {
        String text = Files.readString(EVAL.resolve(name + ".txt"), StandardCharsets.UTF_8);
        given().header("Authorization", "Bearer dev-admin-key").contentType(ContentType.JSON)
                .body(Map.of("id", name, "title", text.lines().findFirst().orElseThrow(), "text", text, "language", "zh",
                        "scripts", List.of("zh-Hans")))
                .post("/api/v1/sources").then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201),
                        org.hamcrest.Matchers.is(409)));
        return sources.get(name);
    }

    /**
     * The first article (unseen-article) was written blind but its aggregate result was read while
     * the mechanism was being designed, so it is a development text; heldout-article was written
     * after the design was final and is the figure to quote.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"unseen-article, unseen-gold, 0.90", "heldout-article, heldout-gold, 0.60"})
    void recallOnArticlesTheProjectWasNotBuiltOn(String article, String goldFile, double floor) throws IOException {
        SourceText source = register(sources, article);
        JsonNode gold = YAML.readTree(EVAL.resolve(goldFile + ".yaml").toFile());
        JsonNode suggestions = suggest(article, null).get("suggestions");
        int hits = 0;
        List<String> missed = new ArrayList<>();
        for (JsonNode g : gold) {
            AnchorResult at = QuoteAnchorer.anchor(source.folded(), g.get("quote").asText());
            assertThat(at.isFound()).as(g.get("quote").asText()).isTrue();
            List<NumberMention> parsed = NumberParser.findAll(g.get("value").asText() + g.get("unit").asText());
            boolean hit = !parsed.isEmpty() && matches(suggestions, at, parsed.get(0));
            hits += hit ? 1 : 0;
            if (!hit) {
                missed.add(g.get("value").asText() + g.get("unit").asText());
            }
        }
        double recall = hits / (double) gold.size();
        report(String.format("%s recall: %d/%d = %.1f %% from %d suggestions; missed: %s", article, hits, gold.size(), 100 * recall,
                suggestions.size(), missed));
        // A floor below the figure measured, so a regression shows; never a reason to tune on these articles.
        assertThat(recall).isGreaterThanOrEqualTo(floor);
    }

    private static boolean matches(JsonNode suggestions, AnchorResult at, NumberMention gold) {
        for (JsonNode s : suggestions) {
            int start = s.at("/target/positionSelector/start").asInt();
            int end = s.at("/target/positionSelector/end").asInt();
            if (end <= at.anchor().position().start() || start >= at.anchor().position().end() || !s.has("low")) {
                continue;
            }
            double high = s.has("high") ? s.get("high").asDouble() : Double.POSITIVE_INFINITY;
            if (s.get("low").asDouble() == gold.interval().low() && high == gold.interval().high()) {
                return true;
            }
        }
        return false;
    }

    /** The key a labelled item was written under: source, span and value. */
    static String key(String source, JsonNode s) {
        JsonNode v = s.get("value");
        String value = v == null || v.isNull() ? "None" : v.isArray() ? v.toString() : v.asText();
        return source + ":" + s.at("/target/positionSelector/start").asInt() + "-" + s.at("/target/positionSelector/end").asInt() + ":" + value;
    }

    @Test
    void precisionOnTheLabelledSample() throws IOException {
        int kept = 0;
        int labelled = 0;
        List<String> lines = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (String id : List.of("000", "001", "002", "003", "004", "unseen-article", "heldout-article")) {
            if (id.contains("article")) {
                register(sources, id);
            }
            java.util.Set<String> current = new java.util.HashSet<>();
            for (JsonNode s : suggest(id, null).get("suggestions")) {
                current.add(key(id, s));
            }
            JsonNode labels = YAML.readTree(EVAL.resolve("labels/sample-" + id + ".yaml").toFile());
            int k = 0;
            for (JsonNode l : labels) {
                assertThat(l.has("keep")).as("label for " + l.get("key").asText()).isTrue();
                if (!current.contains(l.get("key").asText())) {
                    stale.add(l.get("key").asText());
                }
                k += l.get("keep").asBoolean() ? 1 : 0;
            }
            lines.add(String.format("%s %d/%d", id, k, labels.size()));
            if (!id.contains("article")) {
                kept += k;
                labelled += labels.size();
            }
        }
        // Labels describe the suggestions as they are: a change of the extraction that moves a labelled one needs relabelling.
        assertThat(stale).as("labelled suggestions no longer made; relabel them (bench/eval/suggestions/LABELLING.md)").isEmpty();
        double precision = kept / (double) labelled;
        report(String.format("precision on the labelled sample: seeds %d/%d = %.1f %% (%s)", kept, labelled, 100 * precision,
                String.join("; ", lines)));
        assertThat(precision).isGreaterThanOrEqualTo(0.70);
    }
}
