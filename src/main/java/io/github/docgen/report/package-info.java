/**
 * Writes the check reports: {@code check-report.json}, the JUnit XML {@code TEST-docgen-checks.xml} and the
 * SARIF 2.1.0 log {@code check-report.sarif}, whose rules are described from a
 * {@link io.github.docgen.diagnostic.RuleCatalog}.
 */
package io.github.docgen.report;
