/**
 * The incremental build: input fingerprints, the manifest of the previous build, which documents
 * are up to date and which outputs are stale. {@link io.github.docgen.incremental.OutputIndex#forced}
 * is the index {@code -Ddocgen.force} selects.
 */
package io.github.docgen.incremental;
