package dev.crosscheck.check;

import dev.crosscheck.catalog.PropertyDef;

import java.util.List;

/**
 * A candidate reading of a sentence: the subject and property of its statement.
 *
 * @param score        how well the sentence's words support it (higher is better)
 * @param valueFound   the sentence holds a value of the property's kind
 * @param named        a keyword of the sentence names the property (not only a figure's unit)
 * @param alternatives other properties of the subject the words point to, most likely first
 */
record Candidate(String subject, PropertyDef property, double score, boolean valueFound, boolean named, List<String> alternatives) {
}
