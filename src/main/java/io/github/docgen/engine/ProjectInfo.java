package io.github.docgen.engine;

import java.util.Map;
import java.util.TreeMap;

/** What templates may know of the Maven project: coordinates, name and properties. */
public record ProjectInfo(String groupId, String artifactId, String version, String name, Map<String, String> properties) {

    public ProjectInfo {
        properties = Map.copyOf(properties);
    }

    Map<String, Object> toTemplateModel() {
        return Map.of(
                "groupId", groupId,
                "artifactId", artifactId,
                "version", version,
                "name", name == null ? artifactId : name,
                "properties", new TreeMap<>(properties));
    }
}
