package dev.crosscheck.rules;

import dev.crosscheck.catalog.Catalog;
import dev.crosscheck.catalog.PropertyDef;
import dev.crosscheck.claim.Claim;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One rule of {@code rules.yaml}, configured from its parameters. Each kind is one class; the
 * engine knows only this interface, so a new rule of an existing kind is a YAML change.
 *
 * <p>Evaluation is by group: the engine asks which groups a claim belongs to, and evaluates each
 * group by reading its claims from the context's index. Groups are small (the claims about one
 * subject and property), so evaluation is linear in the number of claims, and a changed claim
 * only re-evaluates its own groups.
 */
public interface RuleKind {

    RuleSpec spec();

    /**
     * The groups of this rule that a claim takes part in, given the claims currently indexed.
     * Called before a claim changes and after, so a group it leaves is recomputed too.
     */
    void groups(Claim claim, PropertyDef property, RuleContext ctx, Consumer<GroupKey> out);

    /** The findings of one group. */
    void evaluate(GroupKey group, RuleContext ctx, Consumer<Finding> out);

    /** How this rule sees two claims, or empty when it does not apply to the pair. */
    Optional<PairRelation> compare(Claim a, Claim b, RuleContext ctx);

    /** Reports parameters that name properties or categories the catalog does not define. */
    default void verify(Catalog catalog, Consumer<String> problems) {
    }
}
