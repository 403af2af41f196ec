/**
 * docgen:next: next year's data file of a built-in annual report kind from last year's, carrying
 * over what the official rules say carries over and naming last year's file as {@code previous:} so
 * that the cross-year checks hold the new file to it.
 */
package io.github.docgen.nextyear;
