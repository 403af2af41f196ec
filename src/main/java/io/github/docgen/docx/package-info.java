/**
 * Compile and render Word templates: FreeMarker typed into Word, read the way the maintainer sees it, rendered as a
 * stream of precompressed parts. A sibling of {@code render}: it uses its FreeMarker settings, not its dispatch.
 */
package io.github.docgen.docx;
