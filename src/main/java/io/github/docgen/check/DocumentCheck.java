package io.github.docgen.check;

import io.github.docgen.diagnostic.Finding;

import java.util.List;

import io.github.docgen.data.DataFile;
import io.github.docgen.kind.ReportKind;

/** A check a data file must pass before anything is rendered from it. */
public interface DocumentCheck {

    /**
     * Called for many files at once, from several threads.
     *
     * @param file   the data file
     * @param kind   its kind
     * @param loader reads other data files (e.g. last year's, named by {@code previous:})
     */
    List<Finding> check(DataFile file, ReportKind kind, DataFileLoader loader);

    /**
     * What is wrong with the kind itself rather than with a file (a schema.json or rules.yaml that
     * cannot be used). The engine reports it once, with the first file of the kind in file order;
     * {@link #check} then finds nothing for files of that kind.
     */
    default List<Finding> kindProblems(ReportKind kind) {
        return List.of();
    }

    /**
     * The ids of the rules this check applies to files of a kind (such as {@code SCHEMA} or
     * {@code R1}), so reports can list the rules a file passed, not only those it broke.
     */
    default List<String> ruleIds(ReportKind kind) {
        return List.of();
    }

    /** Reads another data file relative to the one being checked. */
    interface DataFileLoader {
        /** The data file at {@code path} relative to {@code from}'s folder, or a finding explaining why it cannot be read. */
        LoadedOrFailed load(DataFile from, String path);
    }

    /** Either a data file or the finding that says why it could not be read. */
    record LoadedOrFailed(DataFile file, Finding failure) {
    }
}
