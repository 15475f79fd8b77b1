package dev.crosscheck.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The sentences of {@code check/sentences.yaml}: text, expected verdict and the claims that must justify it. */
public final class SentenceCases {

    public record Case(String text, String lang, String verdict, String subject, String property, List<String> supports,
                       List<String> contradicts, List<String> related, String trap) {
        public Case {
            supports = supports == null ? List.of() : supports;
            contradicts = contradicts == null ? List.of() : contradicts;
            related = related == null ? List.of() : related;
        }

        @Override
        public String toString() {
            return "[" + lang + "] " + text;
        }
    }

    record File(List<Case> sentences) {
    }

    private SentenceCases() {
    }

    public static List<Case> all() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = SentenceCases.class.getClassLoader().getResourceAsStream("check/sentences.yaml")) {
            return yaml.readValue(in, File.class).sentences();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
