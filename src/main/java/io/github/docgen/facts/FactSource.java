package io.github.docgen.facts;

import java.util.function.Consumer;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

/**
 * One fact of the build that templates see under a top-level name ({@code git}, {@code tests},
 * {@code dependencies}). Read at most once per build, and only when a kind's templates use the name.
 */
public interface FactSource {

    /** The top-level name templates use. */
    String name();

    /**
     * The fact as templates see it: maps, lists, strings, numbers and booleans only. Something the
     * reader had to assume (a shallow clone, no test report) is told to {@code warnings}; something
     * it cannot read at all is thrown, naming the file.
     */
    Object read(Consumer<Finding> warnings) throws DocgenException;
}
