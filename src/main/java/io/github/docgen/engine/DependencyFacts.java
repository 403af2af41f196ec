package io.github.docgen.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.facts.FactSource;

/**
 * {@code dependencies}: the project's resolved dependencies for release certificates and
 * compliance annexes, in coordinate order, with their licences when the build asks for them.
 */
final class DependencyFacts implements FactSource {
    private static final Comparator<ResolvedDependency> COORDINATES = Comparator.comparing(ResolvedDependency::groupId)
            .thenComparing(ResolvedDependency::artifactId).thenComparing(ResolvedDependency::classifier)
            .thenComparing(ResolvedDependency::type).thenComparing(ResolvedDependency::version);

    private final DependencySource source;
    private final boolean licenses;

    DependencyFacts(DependencySource source, boolean licenses) {
        this.source = source;
        this.licenses = licenses;
    }

    @Override
    public String name() {
        return "dependencies";
    }

    @Override
    public Object read(Consumer<Finding> warnings) throws DocgenException {
        List<ResolvedDependency> resolved = new ArrayList<>(source.resolve(licenses));
        resolved.sort(COORDINATES);
        List<Map<String, Object>> all = new ArrayList<>();
        TreeSet<String> licenseNames = new TreeSet<>();
        for (ResolvedDependency d : resolved) {
            all.add(dependency(d));
            d.licenses().forEach(l -> licenseNames.add(l.name()));
        }
        Map<String, Object> dependencies = new LinkedHashMap<>();
        dependencies.put("count", all.size());
        dependencies.put("list", List.copyOf(all));
        dependencies.put("direct", all.stream().filter(d -> Boolean.TRUE.equals(d.get("direct"))).toList());
        dependencies.put("licensesRead", licenses);
        dependencies.put("licenseNames", List.copyOf(licenseNames));
        return Collections.unmodifiableMap(dependencies);
    }

    private Map<String, Object> dependency(ResolvedDependency d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groupId", d.groupId());
        m.put("artifactId", d.artifactId());
        m.put("version", d.version());
        m.put("type", d.type());
        m.put("classifier", d.classifier());
        m.put("scope", d.scope());
        m.put("optional", d.optional());
        m.put("direct", d.direct());
        m.put("coordinates", d.groupId() + ":" + d.artifactId() + ":" + d.version());
        List<Map<String, Object>> declared = new ArrayList<>();
        for (ResolvedDependency.License l : d.licenses()) {
            Map<String, Object> license = new LinkedHashMap<>();
            license.put("name", l.name());
            if (l.url() != null) {
                license.put("url", l.url());
            }
            declared.add(Collections.unmodifiableMap(license));
        }
        m.put("licenses", List.copyOf(declared));
        return Collections.unmodifiableMap(m);
    }
}
