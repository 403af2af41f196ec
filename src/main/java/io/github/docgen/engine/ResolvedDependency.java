package io.github.docgen.engine;

import java.util.List;

/**
 * One resolved dependency of the project.
 *
 * @param classifier "" when none
 * @param direct     declared by the project itself, not pulled in by another dependency
 * @param licenses   what its POM declares; empty when not asked for or none declared
 */
public record ResolvedDependency(String groupId, String artifactId, String version, String type, String classifier, String scope,
                                 boolean optional, boolean direct, List<License> licenses) {

    public ResolvedDependency {
        classifier = classifier == null ? "" : classifier;
        licenses = List.copyOf(licenses);
    }

    /** A licence as a POM names it; {@code url} may be null. */
    public record License(String name, String url) {
    }
}
