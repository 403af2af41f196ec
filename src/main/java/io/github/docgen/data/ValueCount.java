package io.github.docgen.data;

import io.github.docgen.diagnostic.SourcePosition;

/**
 * The values of one data file counted against {@link DataLimits#maxValues()}, the same way for YAML
 * and JSON: every map, list and single value once, and for a YAML alias every value it stands for
 * again (so "billion laughs" stops early). The message names the limit, and aliases only when the
 * file has any.
 */
final class ValueCount {
    private final int max;
    private int count;
    private boolean aliases;

    ValueCount(int max) {
        this.max = max;
    }

    /** An alias is being expanded: its values count again. */
    void expandingAlias() {
        aliases = true;
    }

    /** One more value, at {@code pos}; throws when it is one too many. */
    void add(SourcePosition pos) throws DataFileException {
        if (++count > max) {
            throw new DataFileException(pos, "more than " + max + " values (maps, lists and single values"
                    + (aliases ? ", an alias counting every value it stands for" : "")
                    + "): the value limit of a data file, which a project can raise with the maxValues parameter (-Ddocgen.maxValues)");
        }
    }
}
