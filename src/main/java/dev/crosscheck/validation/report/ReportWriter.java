package dev.crosscheck.validation.report;

import dev.crosscheck.validation.ValidationReport;

import java.io.IOException;
import java.io.OutputStream;

/** Renders a {@link ValidationReport} in one format. Writers never close the stream. */
public interface ReportWriter {

    void write(ValidationReport report, OutputStream out) throws IOException;
}
