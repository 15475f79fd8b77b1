package dev.crosscheck.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rule kinds, by the name {@code rules.yaml} gives them. Adding a kind is one class and one line here. */
final class RuleKinds {

    /** Configures a rule of one kind from its parameters, recording problems in them as issues. */
    interface Factory {
        RuleKind create(RuleParams params);
    }

    private static final Map<String, Factory> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("single-valued", SingleValuedKind::parse);
        KINDS.put("set-membership", SetMembershipKind::parse);
        KINDS.put("exclusive-categories", ExclusiveCategoriesKind::parse);
        KINDS.put("set-count", SetCountKind::parse);
        KINDS.put("opposing-counts", OpposingCountsKind::parse);
    }

    private RuleKinds() {
    }

    static Optional<Factory> factory(String kind) {
        return Optional.ofNullable(KINDS.get(kind));
    }

    static Set<String> names() {
        return KINDS.keySet();
    }
}
