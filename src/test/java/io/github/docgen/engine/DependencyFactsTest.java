package io.github.docgen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.docgen.engine.ResolvedDependency.License;

class DependencyFactsTest {
    private static final ResolvedDependency JUNIT = new ResolvedDependency("org.junit.jupiter", "junit-jupiter-api", "5.11.4", "jar", null,
            "test", false, true, List.of(new License("Eclipse Public License v2.0", "https://www.eclipse.org/legal/epl-v20.html")));
    private static final ResolvedDependency OPENTEST = new ResolvedDependency("org.opentest4j", "opentest4j", "1.3.0", "jar", "",
            "test", false, false, List.of(new License("The Apache License, Version 2.0", null)));
    private static final ResolvedDependency GUAVA = new ResolvedDependency("com.google.guava", "guava", "33.0.0-jre", "jar", "",
            "compile", false, true, List.of(new License("Apache License, Version 2.0", null)));

    @Test
    void dependenciesInCoordinateOrderWithTheirLicences() throws Exception {
        boolean[] askedForLicences = new boolean[1];
        DependencyFacts facts = new DependencyFacts(licenses -> {
            askedForLicences[0] = licenses;
            return List.of(OPENTEST, JUNIT, GUAVA);
        }, true);

        @SuppressWarnings("unchecked")
        Map<String, Object> dependencies = (Map<String, Object>) facts.read(f -> { });

        assertEquals(true, askedForLicences[0]);
        assertEquals(3, dependencies.get("count"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) dependencies.get("list");
        assertEquals(List.of("com.google.guava:guava:33.0.0-jre", "org.junit.jupiter:junit-jupiter-api:5.11.4", "org.opentest4j:opentest4j:1.3.0"),
                list.stream().map(d -> d.get("coordinates")).toList());
        assertEquals("test", list.get(1).get("scope"));
        assertEquals(List.of(Map.of("name", "Eclipse Public License v2.0", "url", "https://www.eclipse.org/legal/epl-v20.html")),
                list.get(1).get("licenses"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> direct = (List<Map<String, Object>>) dependencies.get("direct");
        assertEquals(List.of("guava", "junit-jupiter-api"), direct.stream().map(d -> d.get("artifactId")).toList());
        assertEquals(List.of("Apache License, Version 2.0", "Eclipse Public License v2.0", "The Apache License, Version 2.0"),
                dependencies.get("licenseNames"));
    }

    @Test
    void withoutTheLicenceOptionNoPomIsRead() throws Exception {
        boolean[] askedForLicences = {true};
        new DependencyFacts(licenses -> {
            askedForLicences[0] = licenses;
            return List.of();
        }, false).read(f -> { });
        assertEquals(false, askedForLicences[0]);
    }
}
