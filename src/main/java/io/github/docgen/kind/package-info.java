/**
 * The kinds of document: built-in ones (under {@code templates/}, packaged into the plugin) and a project's own,
 * each a folder of templates, schema, rules and sample held in memory.
 */
package io.github.docgen.kind;
