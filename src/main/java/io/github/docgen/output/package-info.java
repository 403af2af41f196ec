/**
 * Write: stages a run's documents beside the outputs and moves them into place only when all rendered.
 */
package io.github.docgen.output;
