package dev.crosscheck.rules;

import dev.crosscheck.shared.diagnostic.CheckId;
import dev.crosscheck.shared.yaml.YFields;
import dev.crosscheck.shared.yaml.YNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed access to a rule's {@code params}, recording a positioned issue for each problem. */
public record RuleParams(RuleSpec spec, YNode.YMap map, YFields fields) {

    public String string(String key, boolean required) {
        return fields.string(map, key, required, spec.id());
    }

    public List<String> strings(String key, boolean required) {
        if (required && map.get(key) == null) {
            missing(key);
        }
        return fields.strings(map.get(key), key, spec.id());
    }

    /** A list of lists of scalars: {@code [[a, b], [c, d]]}. */
    public List<List<String>> groups(String key, boolean required) {
        List<List<String>> out = new ArrayList<>();
        YNode n = map.get(key);
        if (n == null) {
            if (required) {
                missing(key);
            }
            return out;
        }
        if (!(n instanceof YNode.YList l)) {
            fields.issue(CheckId.SCHEMA, fields.at(n), "'" + key + "' must be a list of lists", spec.id());
            return out;
        }
        for (YNode item : l.items()) {
            if (item instanceof YNode.YList) {
                out.add(fields.strings(item, key, spec.id()));
            } else {
                fields.issue(CheckId.SCHEMA, fields.at(item), "'" + key + "' items must be lists", spec.id());
            }
        }
        return out;
    }

    /** A mapping of keys to lists of lists: {@code {colour: [[red, green]]}}. */
    public Map<String, List<List<String>>> groupsByKey(String key, boolean required) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        YNode n = map.get(key);
        if (n == null) {
            if (required) {
                missing(key);
            }
            return out;
        }
        fields.asMap(n, "'" + key + "'", spec.id()).ifPresent(m -> m.entries().keySet()
                .forEach(k -> out.put(k, new RuleParams(spec, m, fields).groups(k, true))));
        return out;
    }

    /** A mapping of scalars: {@code {members: member-count}}. */
    public Map<String, String> scalars(String key) {
        return fields.scalarMap(map, key, spec.id());
    }

    /** Records a problem with the value of {@code key}. */
    public void problem(String key, String message) {
        YNode n = map.get(key);
        fields.issue(CheckId.SCHEMA, n == null ? fields.at(map) : fields.at(n), "rule '" + spec.id() + "': " + message, spec.id());
    }

    private void missing(String key) {
        fields.issue(CheckId.SCHEMA, fields.at(map), "rule '" + spec.id() + "': missing required parameter '" + key + "'", spec.id());
    }
}
