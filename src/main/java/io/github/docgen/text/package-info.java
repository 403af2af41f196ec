/**
 * Small text and byte utilities every stage shares: XML-safe text, SHA-256, '/'-separated paths, a UTF-8 buffer.
 * Imports no other package of the plugin.
 */
package io.github.docgen.text;
