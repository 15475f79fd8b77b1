package dev.crosscheck.rules;

/**
 * A group of claims one rule compares among themselves: a subject and a property, or a subject
 * alone for rules that look across properties (a count over a set and its members' facts).
 *
 * @param property the property, or null for a whole-subject group
 */
public record GroupKey(String subject, String property) {
}
