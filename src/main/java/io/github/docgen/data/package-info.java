/**
 * Load: reads a YAML or JSON data file into {@link io.github.docgen.data.DataNode}s that keep the file, line and
 * column of every value, within {@link io.github.docgen.data.DataLimits}.
 */
package io.github.docgen.data;
