package io.github.docgen.engine;

import java.util.List;

import io.github.docgen.diagnostic.DocgenException;

/**
 * The project's resolved dependencies, as the build tool knows them. The Maven goal fills this with
 * Maven's resolver ({@link Docgen.Builder#projectFacts}); the engine and its tests need no Maven.
 */
public interface DependencySource {

    /**
     * Every resolved dependency, direct and transitive; with {@code licenses}, the licences their
     * POMs declare (inherited ones included), which costs reading one POM per dependency.
     */
    List<ResolvedDependency> resolve(boolean licenses) throws DocgenException;
}
