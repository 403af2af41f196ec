/**
 * Compile and render text templates (HTML, XML, plain text) with a hardened FreeMarker, and the
 * {@link io.github.docgen.render.FormatCompiler} interface every output format implements.
 */
package io.github.docgen.render;
