package dev.crosscheck.validation.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crosscheck.validation.ValidationReport;

import java.io.IOException;
import java.io.OutputStream;

/** The report as JSON ({@link JsonReport}), serialised by Jackson. */
public final class JsonReportWriter implements ReportWriter {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ValidationReport report, OutputStream out) throws IOException {
        MAPPER.writeValue(out, JsonReport.of(report));
        out.write('\n');
    }
}
