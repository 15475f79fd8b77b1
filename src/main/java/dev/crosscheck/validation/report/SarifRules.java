package dev.crosscheck.validation.report;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.crosscheck.shared.diagnostic.CheckId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SARIF rules, one per check id, in {@link CheckId} order (results refer to them by index).
 * Their descriptions and help are the sections of {@code docs/validation-checks.md}, which the
 * build copies next to this class: code scanning shows the same text as the documentation, and
 * {@code helpUri} points at the section.
 */
final class SarifRules {

    static final String PAGE = "validation-checks.md";
    private static final Pattern LINK = Pattern.compile("\\[([^]]+)]\\(([^)\\s]+)\\)");

    /** A check's documentation: the first paragraph, and the whole section. */
    record Help(String fullDescription, String markdown) {
    }

    static final Map<CheckId, Help> HELP = load();

    private SarifRules() {
    }

    static Set<ReportingDescriptor> rules(URI docs) {
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (CheckId c : CheckId.values()) {
            Help help = HELP.get(c);
            String markdown = absoluteLinks(help.markdown(), docs);
            rules.add(new ReportingDescriptor()
                    .withId(c.id())
                    .withName(name(c))
                    .withShortDescription(new MultiformatMessageString().withText(c.description() + "."))
                    .withFullDescription(new MultiformatMessageString().withText(plain(absoluteLinks(help.fullDescription(), docs))))
                    .withHelp(new MultiformatMessageString().withText(plain(markdown)).withMarkdown(markdown))
                    .withHelpUri(docs.resolve(PAGE + "#" + c.id()))
                    .withDefaultConfiguration(new ReportingConfiguration().withLevel(SarifReportWriter.configLevel(c.severity())))
                    .withProperties(properties(c)));
        }
        return rules;
    }

    /** A readable identifier, as SARIF wants beside the opaque id (and different from it). */
    static String name(CheckId c) {
        if (c == CheckId.SCHEMA) {
            return "SchemaViolation";
        }
        StringBuilder b = new StringBuilder();
        for (String part : c.id().split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    /** What GitHub code scanning reads: tags to filter alerts by, how sure the check is, and how bad a result is. */
    private static PropertyBag properties(CheckId c) {
        String kind = switch (c) {
            case YAML_SYNTAX, SCHEMA -> "syntax";
            case UNFILLED_PLACEHOLDER -> "completeness";
            case UNKNOWN_ENTITY, UNKNOWN_PROPERTY, UNKNOWN_SOURCE, UNKNOWN_UNIT, DUPLICATE_ID -> "reference";
            case UNIT_MISMATCH, INVALID_VALUE -> "value";
            case QUOTE_NOT_FOUND, AMBIGUOUS_QUOTE, QUOTE_OFFSET_MISMATCH, SOURCE_UNREADABLE -> "provenance";
            case RULE_CONFLICT, RULE_TENSION -> "consistency";
        };
        String precision = switch (c) {
            case RULE_CONFLICT -> "high";
            case RULE_TENSION -> "medium";
            default -> "very-high";
        };
        String severity = switch (c.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
        };
        return new PropertyBag().withTags(new LinkedHashSet<>(List.of("claims", kind)))
                .withAdditionalProperty("precision", precision)
                .withAdditionalProperty("problem.severity", severity);
    }

    /** Relative links of the page resolved against where it is published, so they work inside a code-scanning alert. */
    static String absoluteLinks(String markdown, URI docs) {
        Matcher m = LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            URI target = URI.create(m.group(2));
            String href = target.isAbsolute() ? m.group(2) : docs.resolve(target).toString();
            m.appendReplacement(out, Matcher.quoteReplacement("[" + m.group(1) + "](" + href + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Markdown as plain text: paragraphs unwrapped, code marks dropped, links as their text and address. */
    static String plain(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : markdown.strip().split("\\n\\s*\\n")) {
            String text = LINK.matcher(p.strip().replaceAll("\\s*\\n\\s*", " ")).replaceAll("$1 ($2)");
            paragraphs.add(text.replace("`", ""));
        }
        return String.join("\n\n", paragraphs);
    }

    private static Map<CheckId, Help> load() {
        String page;
        try (InputStream in = SarifRules.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException(PAGE + " is missing from the application (the build copies it from docs/)");
            }
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        String[] parts = page.split("(?m)^## ");
        for (int i = 1; i < parts.length; i++) {
            int eol = parts[i].indexOf('\n');
            sections.put(parts[i].substring(0, eol).strip(), parts[i].substring(eol + 1).strip());
        }
        Map<CheckId, Help> out = new EnumMap<>(CheckId.class);
        for (CheckId c : CheckId.values()) {
            String section = sections.get(c.id());
            if (section == null || section.isEmpty()) {
                throw new IllegalStateException(PAGE + " has no section '## " + c.id() + "'");
            }
            out.put(c, new Help(section.split("\\n\\s*\\n", 2)[0], section));
        }
        return Map.copyOf(out);
    }
}
