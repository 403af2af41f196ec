/**
 * What every stage reports with: located {@link io.github.docgen.diagnostic.Finding}s, their
 * {@link io.github.docgen.diagnostic.Severity}, the {@link io.github.docgen.diagnostic.CheckResult} of a run,
 * {@link io.github.docgen.diagnostic.DocgenException}, the failure that carries them, and the
 * {@link io.github.docgen.diagnostic.RuleCatalog} that says what each rule id checks. The bottom of the flow: it imports no other package.
 */
package io.github.docgen.diagnostic;
