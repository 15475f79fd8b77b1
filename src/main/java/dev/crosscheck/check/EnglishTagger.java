package dev.crosscheck.check;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Penn Treebank part-of-speech tags for English words, from OpenNLP's stock maxent model
 * ({@code en-pos-maxent.bin}, Apache 2.0). The model is shared; a tagger is not thread-safe, so
 * each thread has its own.
 */
final class EnglishTagger {

    /** Verbs, adverbs, modals, particles and function words (Penn or Universal tags): they say how, not what. */
    static final Pattern SOFT = Pattern.compile("VB[DGNPZ]?|RB[RS]?|MD|RP|WRB|VERB|AUX|ADV|PART|ADP|SCONJ|CCONJ|DET|PRON|INTJ");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’-][A-Za-z]+)*|\\d+(?:[.,]\\d+)*|\\S");
    private static final POSModel MODEL = load();
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(MODEL));

    private EnglishTagger() {
    }

    private static POSModel load() {
        try (InputStream in = EnglishTagger.class.getClassLoader().getResourceAsStream("en-pos-maxent.bin")) {
            if (in == null) {
                throw new IllegalStateException("en-pos-maxent.bin is missing from the class path");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag of every word of the text, keyed by the word's start offset (UTF-16). */
    static Map<Integer, String> tags(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
            starts.add(m.start());
        }
        String[] tags = TAGGER.get().tag(words.toArray(String[]::new));
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < tags.length; i++) {
            out.put(starts.get(i), tags[i]);
        }
        return out;
    }
}
