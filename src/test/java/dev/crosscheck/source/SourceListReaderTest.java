package dev.crosscheck.source;

import dev.crosscheck.shared.diagnostic.Issue;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YamlReader;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceListReaderTest {

    private static final String ENTRY = "sources:\n  - id: a\n    file: a.txt\n    title: T\n    language: zh\n";

    private static List<SourceDef> read(String yaml, List<Issue> issues) throws Exception {
        return SourceListReader.read(YamlReader.read(yaml), new YFields("sources.yaml", issues));
    }

    @Test
    void aPublicationDayIsReadAsADate() throws Exception {
        List<Issue> issues = new ArrayList<>();
        List<SourceDef> sources = read(ENTRY + "    published: 2025-02-13\n", issues);
        assertThat(issues).isEmpty();
        assertThat(sources).singleElement().extracting(SourceDef::published).isEqualTo(LocalDate.of(2025, 2, 13));
        assertThat(read(ENTRY, issues)).singleElement().extracting(SourceDef::published).isNull();
        assertThat(issues).isEmpty();
    }

    @Test
    void aDayThatIsNoDateIsASchemaIssueAtItsLine() throws Exception {
        List<Issue> issues = new ArrayList<>();
        read(ENTRY + "    published: 2025-02-30\n", issues);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.check().id()).isEqualTo("schema");
            assertThat(i.line()).isEqualTo(6);
            assertThat(i.message()).contains("'published' must be a date written YYYY-MM-DD");
        });
    }

    /** A misspelt field would otherwise be dropped without a word: "publsher" is not the publisher. */
    @Test
    void anUnknownFieldIsASchemaIssueNamingTheFieldMeant() throws Exception {
        List<Issue> issues = new ArrayList<>();
        List<SourceDef> sources = read(ENTRY + "    publsher: 某报\n    sha256: abc\n", issues);
        assertThat(sources).singleElement().extracting(SourceDef::publisher).isNull();
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.check().id()).isEqualTo("schema");
            assertThat(i.message()).contains("unknown field 'publsher'").contains("did you mean 'publisher'?");
        });
    }
}
