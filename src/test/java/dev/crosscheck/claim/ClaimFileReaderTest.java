package dev.crosscheck.claim;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YamlReader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A claims file is read strictly: a field the format does not know is an error at its line, with the field meant. */
class ClaimFileReaderTest {

    private static List<Issue> read(String yaml) throws Exception {
        List<Issue> issues = new ArrayList<>();
        ClaimFileReader.read(YamlReader.read(yaml), new YFields("claims-x.yaml", issues));
        return issues;
    }

    @Test
    void aMisspeltFieldIsAnErrorNamingTheFieldMeant() throws Exception {
        List<Issue> issues = read("""
                source: "001"
                claims:
                  - id: a-claim
                    subject: hangzhou
                    property: rank
                    value: 2
                    qoute: "杭州位居第二"
                """);
        assertThat(issues).anySatisfy(i -> {
            assertThat(i.check()).isEqualTo(CheckId.SCHEMA);
            assertThat(i.line()).isEqualTo(7);
            assertThat(i.message()).contains("unknown field 'qoute'").contains("did you mean 'quote'?");
        });
    }

    @Test
    void anUnknownFieldFarFromAnyListsTheKnownOnes() throws Exception {
        List<Issue> issues = read("""
                source: "001"
                reviewer: someone
                claims: []
                """);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(2);
            assertThat(i.message()).contains("unknown field 'reviewer'").contains("known fields: source, claims");
        });
    }

    @Test
    void theFormatsOwnFieldsPass() throws Exception {
        assertThat(read("""
                source: "001"
                claims:
                  - id: a-claim
                    subject: hangzhou
                    property: rank
                    value: 2
                    unit: ordinal
                    qualifiers: {scope: national}
                    quote: "杭州位居第二"
                    note: "a note"
                """)).isEmpty();
    }
}
