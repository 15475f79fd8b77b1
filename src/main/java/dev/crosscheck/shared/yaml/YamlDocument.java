package dev.crosscheck.shared.yaml;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.diagnostic.Issue;

import java.util.List;

/**
 * One YAML or JSON document read strictly: UTF-8 only, within the size limit, with the safety
 * limits of {@link YamlReader}. The one way claims files, catalog files and request bodies are read.
 *
 * @param file  the name issues are reported under
 * @param bytes the document as received (for fingerprints)
 */
public record YamlDocument(String file, YNode root, byte[] bytes) {

    /** The document, or null with a yaml-syntax issue when it cannot be read. */
    public static YamlDocument parse(String name, byte[] bytes, List<Issue> issues, long maxBytes) {
        try {
            String text = DocumentText.decode(bytes, maxBytes, name);
            return new YamlDocument(name, YamlReader.read(text), bytes);
        } catch (DocumentText.RejectedException e) {
            issues.add(Issue.of(CheckId.YAML_SYNTAX, name, 1, 1, e.getMessage(), null));
        } catch (YamlSyntaxException e) {
            issues.add(Issue.of(CheckId.YAML_SYNTAX, name, e.line(), e.column(), e.getMessage(), null));
        }
        return null;
    }
}
