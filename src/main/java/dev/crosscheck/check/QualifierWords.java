package dev.crosscheck.check;

import dev.crosscheck.rules.QualifierPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that state a qualifier value in a sentence, as {@code claims/rules.yaml} declares them
 * under each qualifier's {@code words}: "全国" states {@code scope: national}, "AI city"
 * {@code metric: ai-city-ranking}. Data of the deployment, validated with the rules file.
 */
record QualifierWords(List<Entry> entries) {

    /** One word: the qualifier it states. */
    record Entry(String key, String value, String word) {
    }

    static QualifierWords from(QualifierPolicy policy) {
        List<Entry> out = new ArrayList<>();
        for (QualifierPolicy.Qualifier q : policy.declared()) {
            q.words().forEach((value, byLang) -> byLang.values().forEach(words -> words.forEach(w -> out.add(new Entry(q.key(), value, w)))));
        }
        return new QualifierWords(List.copyOf(out));
    }
}
