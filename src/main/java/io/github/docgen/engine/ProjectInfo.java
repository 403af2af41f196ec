package io.github.docgen.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What templates may know of the project: coordinates, name, properties and, when the project
 * lives in a Git repository, the commit it was built from.
 */
record ProjectInfo(String groupId, String artifactId, String version, String name, Map<String, String> properties,
                          String commit) {

    ProjectInfo {
        properties = Map.copyOf(properties);
    }

    /** A -SNAPSHOT version is a draft: documents say so visibly. */
    boolean isDraft() {
        return version.endsWith("-SNAPSHOT");
    }

    Map<String, Object> toTemplateModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("groupId", groupId);
        model.put("artifactId", artifactId);
        model.put("version", version);
        model.put("name", name == null ? artifactId : name);
        model.put("properties", new TreeMap<>(properties));
        if (commit != null) {
            model.put("commit", commit);
        }
        return model;
    }
}
