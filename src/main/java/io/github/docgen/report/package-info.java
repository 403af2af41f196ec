/**
 * Writes the check reports: {@code check-report.json} and the JUnit XML {@code TEST-docgen-checks.xml}.
 */
package io.github.docgen.report;
