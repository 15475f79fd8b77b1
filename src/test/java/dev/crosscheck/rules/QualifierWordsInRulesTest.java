package dev.crosscheck.rules;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YNode;
import dev.crosscheck.shared.yaml.YamlReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The words that state qualifier values are data of rules.yaml, read and checked with it. */
class QualifierWordsInRulesTest {

    private static QualifierPolicy parse(String yaml, List<Issue> issues) throws Exception {
        return QualifierPolicy.parse((YNode.YMap) YamlReader.read(yaml), new YFields("rules.yaml", issues));
    }

    @Test
    void wordsAreReadPerValueAndLanguage() throws Exception {
        List<Issue> issues = new ArrayList<>();
        QualifierPolicy p = parse("""
                qualifiers:
                  - key: scope
                    kind: hard
                    whenMissing: wildcard
                    sentence: optional
                    words:
                      national: {zh-Hans: [全国], en: [nationwide, national]}
                      global: {en: [worldwide]}
                """, issues);
        assertThat(issues).isEmpty();
        QualifierPolicy.Qualifier scope = p.qualifier("scope");
        assertThat(scope.words()).isEqualTo(Map.of("national", Map.of("zh-Hans", List.of("全国"), "en", List.of("nationwide", "national")),
                "global", Map.of("en", List.of("worldwide"))));
        assertThat(scope.requiredInSentence()).isFalse();
    }

    @Test
    void malformedWordsAndSentenceValuesAreSchemaIssuesAtTheirLine() throws Exception {
        List<Issue> issues = new ArrayList<>();
        parse("""
                qualifiers:
                  - key: scope
                    kind: hard
                    sentence: sometimes
                    words:
                      national: nationwide
                """, issues);
        assertThat(issues).extracting(Issue::check).containsOnly(CheckId.SCHEMA);
        assertThat(issues).extracting(Issue::line).contains(4, 6);
    }
}
