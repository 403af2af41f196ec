package io.github.docgen.check;

import java.util.List;

import io.github.docgen.data.DataFile;
import io.github.docgen.diagnostic.Finding;

/** A check compiled for one kind: safe to call from several threads, for many files at once. */
public interface CompiledCheck {

    /** A check that does not apply to the kind (it has no schema.json, no rules.yaml). */
    CompiledCheck NONE = (file, loader) -> List.of();

    /**
     * @param file   the data file
     * @param loader reads other data files (e.g. last year's, named by {@code previous:})
     */
    List<Finding> check(DataFile file, DocumentCheck.DataFileLoader loader);

    /**
     * What is wrong with the kind itself rather than with a file (a schema.json or rules.yaml that
     * cannot be used). The engine reports it once, with the first file of the kind in file order;
     * {@link #check} then finds nothing.
     */
    default List<Finding> problems() {
        return List.of();
    }

    /**
     * The ids of the rules this check applies (such as {@code SCHEMA} or {@code R1}), so reports can
     * list the rules a file passed, not only those it broke.
     */
    default List<String> ruleIds() {
        return List.of();
    }

    /** The check of a kind whose own files are broken: it reports that once and checks nothing. */
    static CompiledCheck broken(Finding problem) {
        return new CompiledCheck() {
            @Override
            public List<Finding> check(DataFile file, DocumentCheck.DataFileLoader loader) {
                return List.of();
            }

            @Override
            public List<Finding> problems() {
                return List.of(problem);
            }
        };
    }
}
