package io.github.docgen.check;

import java.util.List;

import io.github.docgen.data.DataFile;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.ReportKind;

/**
 * A check a data file must pass before anything is rendered from it. It is compiled once per kind
 * and build, before any data file is read; the compiled form then checks many files at once.
 */
public interface DocumentCheck {

    /** What this check makes of a kind (a compiled schema, a rule set), or what is wrong with the kind. */
    CompiledCheck compile(ReportKind kind);

    /** Reads another data file relative to the one being checked. */
    interface DataFileLoader {
        /** The data file at {@code path} relative to {@code from}'s folder, or a finding explaining why it cannot be read. */
        LoadedOrFailed load(DataFile from, String path);
    }

    /** Either a data file or the finding that says why it could not be read. */
    record LoadedOrFailed(DataFile file, Finding failure) {
    }
}
