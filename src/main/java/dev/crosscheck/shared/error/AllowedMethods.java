package dev.crosscheck.shared.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of the API serves, read once from the JAX-RS annotations of the resource
 * classes: what the Allow header of a 405 names (RFC 9110 §15.5.6). The platform's 405 carries no
 * Allow header, and its answer to OPTIONS lists every method of a resource class, whatever the path.
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes;

    public AllowedMethods(BeanManager beans) {
        this.routes = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass)
                .filter(c -> c.isAnnotationPresent(Path.class)).distinct()
                .flatMap(c -> routesOf(c).stream()).toList();
    }

    /** The methods served at a path (decoded, as JAX-RS matches it), with HEAD beside GET and OPTIONS, which are always answered. */
    public Set<String> at(String path) {
        Set<String> out = new TreeSet<>();
        for (Route r : routes) {
            if (r.path().matcher(path).matches()) {
                out.add(r.method());
            }
        }
        if (out.contains(HttpMethod.GET)) {
            out.add(HttpMethod.HEAD);
        }
        if (!out.isEmpty()) {
            out.add(HttpMethod.OPTIONS);
        }
        return out;
    }

    private static List<Route> routesOf(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        List<Route> out = new ArrayList<>();
        for (Method m : resource.getMethods()) {
            for (Annotation a : m.getAnnotations()) {
                HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    Path sub = m.getAnnotation(Path.class);
                    out.add(new Route(pattern(join(base, sub == null ? "" : sub.value())), http.value()));
                }
            }
        }
        return out;
    }

    private static String join(String base, String sub) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return sub.isEmpty() ? b : b + (sub.startsWith("/") ? sub : "/" + sub);
    }

    /** A JAX-RS template as a regular expression: {name} is one segment, {name: regex} the regex (which may hold braces). */
    static Pattern pattern(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(Pattern.quote(String.valueOf(c)));
                i++;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            while (j < template.length() && depth > 0) {
                depth += template.charAt(j) == '{' ? 1 : template.charAt(j) == '}' ? -1 : 0;
                j++;
            }
            String variable = template.substring(i + 1, j - 1);
            int colon = variable.indexOf(':');
            out.append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1).strip() + ")");
            i = j;
        }
        // A trailing slash matches as JAX-RS matches it: with or without.
        return Pattern.compile(out + "/?");
    }
}
