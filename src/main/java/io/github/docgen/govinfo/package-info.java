/**
 * The government information disclosure annual report as data: its two official formats (2019 and
 * 2021), the keys of a built-in kind's data file with their official labels, and the YAML a data
 * file of it is written as. Shared by {@code importer} (published reports in) and {@code nextyear}
 * (next year's file from last year's); it depends on nothing of the engine.
 */
package io.github.docgen.govinfo;
