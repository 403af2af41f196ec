/**
 * What a build knows beside its data files, for templates that name it: {@code git} (history and
 * release tags, through JGit), {@code tests} (the build's XML test reports) and, from the engine,
 * {@code dependencies}. Each {@link io.github.docgen.facts.FactSource} is read once per build and only
 * when a kind's templates use its name ({@link io.github.docgen.facts.BuildFacts}); a fact that
 * changes renders the documents that use it again. Comes before {@code engine} in the flow and knows
 * nothing of Maven.
 */
package io.github.docgen.facts;
