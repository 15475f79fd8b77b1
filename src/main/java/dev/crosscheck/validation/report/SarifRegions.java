package dev.crosscheck.validation.report;

import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import dev.crosscheck.shared.diagnostic.Located;
import dev.crosscheck.shared.text.LineIndex;
import dev.crosscheck.validation.ReportPaths;

import java.util.HashMap;
import java.util.Map;

/**
 * SARIF physical locations with whole regions: start and end, the text of the region as its
 * snippet, and the lines around it as a context region, so a code-scanning alert shows the
 * offending text even to someone without the checkout. Texts come from the report; a position
 * without an end covers the rest of its line.
 */
final class SarifRegions {

    private final Map<String, String> texts;
    private final Map<String, LineIndex> indexes = new HashMap<>();

    SarifRegions(Map<String, String> texts) {
        this.texts = texts;
    }

    PhysicalLocation physical(Located at) {
        ArtifactLocation artifact = new ArtifactLocation().withUri(ReportPaths.uri(at.file())).withUriBaseId(SarifReportWriter.SRCROOT);
        PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact);
        if (at.line() <= 0) {
            return physical;
        }
        int column = Math.max(1, at.column());
        LineIndex lines = index(at.file());
        if (lines == null || !lines.contains(at.line(), column)) {
            return physical.withRegion(new Region().withStartLine(at.line()).withStartColumn(column));
        }
        int[] end = end(lines, at, column);
        Region region = new Region().withStartLine(at.line()).withStartColumn(column).withEndLine(end[0]).withEndColumn(end[1])
                .withSnippet(new ArtifactContent().withText(lines.slice(at.line(), column, end[0], end[1])));
        physical.setRegion(region);
        int first = Math.max(1, at.line() - 1);
        int last = Math.min(lines.lines(), end[0] + 1);
        int lastEnd = lines.length(last) + 1;
        // SARIF wants a context region strictly larger than the region, or none.
        if (first < at.line() || column > 1 || last > end[0] || lastEnd > end[1]) {
            physical.setContextRegion(new Region().withStartLine(first).withStartColumn(1).withEndLine(last).withEndColumn(lastEnd)
                    .withSnippet(new ArtifactContent().withText(lines.slice(first, 1, last, lastEnd))));
        }
        return physical;
    }

    /** The position's own end when it has a usable one, else the end of its line's text; never before the start. */
    private static int[] end(LineIndex lines, Located at, int column) {
        int endLine = at.line();
        int endColumn = lines.trimmedEnd(at.line());
        if (at.hasEnd() && lines.contains(at.endLine(), at.endColumn())
                && (at.endLine() > at.line() || at.endColumn() > column)) {
            endLine = at.endLine();
            endColumn = at.endColumn();
            if (endColumn == 1 && endLine > at.line()) {
                // ends at the start of a line: end with the text of the line before instead
                endLine--;
                endColumn = lines.trimmedEnd(endLine);
            }
        }
        if (endLine == at.line() && endColumn < column) {
            endColumn = column;
        }
        return new int[]{endLine, endColumn};
    }

    private LineIndex index(String file) {
        String text = texts.get(file);
        return text == null ? null : indexes.computeIfAbsent(file, f -> LineIndex.of(text));
    }
}
