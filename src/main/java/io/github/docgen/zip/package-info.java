/**
 * Writes zip packages with fixed entry order and times, deflating each static stretch of a part once.
 */
package io.github.docgen.zip;
