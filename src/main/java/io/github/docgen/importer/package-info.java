/**
 * docgen:import: reads published annual reports (HTML pages in UTF-8 or GBK, Word documents) into
 * data files of the built-in kinds. Tables are found by their official labels
 * ({@code govinfo.ReportLayout}), numbers read as published (Chinese numerals included), and what
 * could not be read is noted in the file for the clerk; every source is read and every target
 * decided before anything is written.
 */
package io.github.docgen.importer;
