package dev.crosscheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.source.SourceService;
import dev.crosscheck.validation.ValidationOptions;
import dev.crosscheck.validation.ValidationReport;
import dev.crosscheck.validation.ValidationService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draft claims file of a new article: it fails validation while placeholders are left, and
 * passes once a curator has filled them (here: a new entity per subject, the first property the
 * suggestion lists as fitting, the unit decided).
 */
@QuarkusTest
class DraftClaimsFileTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String ARTICLE = "unseen-article";

    @Inject
    SourceService sources;

    @Test
    void aDraftFailsValidationUntilItsPlaceholdersAreFilledThenPasses() throws IOException {
        SuggestionEvaluationTest.register(sources, ARTICLE);
        String draft = given().header("Authorization", "Bearer dev-editor-key").header("Accept", "application/yaml")
                .post("/api/v1/sources/" + ARTICLE + "/suggestions").then().statusCode(200).contentType("application/yaml")
                .extract().asString();
        JsonNode suggestions = SuggestionEvaluationTest.suggest(ARTICLE, null).get("suggestions");

        Path dir = Files.createTempDirectory("draft");
        Path seeds = Files.createDirectories(dir.resolve("sources"));
        Files.copy(SuggestionEvaluationTest.EVAL.resolve(ARTICLE + ".txt"), seeds.resolve(ARTICLE + ".txt"));
        Files.writeString(seeds.resolve("sources.yaml"), "sources:\n  - id: \"" + ARTICLE + "\"\n    file: " + ARTICLE + ".txt\n"
                + "    title: 东澜港\n    authors: []\n    publisher: null\n    language: zh\n    scripts: [zh-Hans]\n    url: null\n    notes: []\n",
                StandardCharsets.UTF_8);
        Path catalog = Files.createDirectories(dir.resolve("catalog"));
        for (String f : List.of("entities.yaml", "properties.yaml", "rules.yaml")) {
            Files.copy(Path.of("claims", f), catalog.resolve(f));
        }
        Path file = dir.resolve("claims-draft.yaml");
        Files.writeString(file, draft, StandardCharsets.UTF_8);

        ValidationService validation = new ValidationService(10_000_000);
        ValidationReport before = validation.validatePath(file, catalog, seeds, ValidationOptions.defaults());
        assertThat(before.valid()).isFalse();
        int placeholders = count(draft, "\"TODO ");
        assertThat(placeholders).isGreaterThan(0);
        assertThat(before.issues().stream().filter(i -> i.check() == CheckId.UNFILLED_PLACEHOLDER).count()).isEqualTo(placeholders);
        assertThat(draft).contains("# score ").contains("sentence: ");

        // The curator: a new entity for each unresolved subject, the first fitting property, the unit decided.
        ObjectNode root = (ObjectNode) YAML.readTree(draft);
        ArrayNode claims = (ArrayNode) root.get("claims");
        assertThat(claims.size()).isEqualTo(suggestions.size());
        StringBuilder entities = new StringBuilder(Files.readString(catalog.resolve("entities.yaml"), StandardCharsets.UTF_8));
        ArrayNode kept = YAML.createArrayNode();
        for (int i = 0; i < claims.size(); i++) {
            ObjectNode c = (ObjectNode) claims.get(i);
            if (c.get("subject").asText().startsWith("TODO")) {
                String id = "draft-subject-" + i;
                entities.append("  - id: ").append(id).append("\n    type: organization\n    names:\n      zh-Hans: [\"主体").append(i)
                        .append("\"]\n");
                c.put("subject", id);
            }
            if (c.has("unit") && c.get("unit").asText().startsWith("TODO")) {
                c.remove("unit");
            }
            if (c.get("property").asText().startsWith("TODO")) {
                JsonNode candidates = suggestions.get(i).get("candidates");
                if (candidates == null || candidates.isEmpty()) {
                    continue; // no property of the catalog fits: the curator would add one; here the claim is dropped
                }
                c.put("property", candidates.get(0).asText());
            }
            kept.add(c);
        }
        root.set("claims", kept);
        Files.writeString(catalog.resolve("entities.yaml"), entities.toString(), StandardCharsets.UTF_8);
        Files.writeString(file, YAML.writeValueAsString(root), StandardCharsets.UTF_8);
        assertThat(kept.size()).isGreaterThanOrEqualTo(claims.size() / 2);

        ValidationReport after = validation.validatePath(file, catalog, seeds, ValidationOptions.defaults());
        List<String> left = new ArrayList<>();
        after.issues().stream().filter(after::failing).forEach(i -> left.add(i.check().id() + ": " + i.message()));
        // Values a property cannot read ("3月15日" for an ISO date) are the curator's to rewrite; they must be few.
        assertThat(left.stream().filter(l -> !l.startsWith("invalid-value")).toList()).isEmpty();
        assertThat(left.size()).isLessThanOrEqualTo(kept.size() / 4);
        for (String l : left) {
            Matcher m = Pattern.compile("claim '([^']+)'").matcher(l);
            assertThat(m.find()).isTrue();
            String id = m.group(1);
            for (int i = kept.size() - 1; i >= 0; i--) {
                if (kept.get(i).get("id").asText().equals(id)) {
                    kept.remove(i);
                }
            }
        }
        Files.writeString(file, YAML.writeValueAsString(root), StandardCharsets.UTF_8);
        ValidationReport filled = validation.validatePath(file, catalog, seeds, ValidationOptions.defaults());
        assertThat(filled.issues().stream().filter(filled::failing).map(i -> i.check().id() + ": " + i.message()).toList()).isEmpty();
        assertThat(filled.valid()).isTrue();
        assertThat(filled.claims()).isEqualTo(kept.size());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
