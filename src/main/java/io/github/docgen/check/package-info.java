/**
 * Check: a kind's schema.json and rules.yaml, compiled once per build ({@link io.github.docgen.check.DocumentCheck#compile}),
 * then applied to each data file, giving located findings.
 */
package io.github.docgen.check;
