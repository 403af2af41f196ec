package io.github.docgen.plugin;

import java.util.List;

import org.apache.maven.plugin.logging.Log;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.Docgen;
import io.github.docgen.engine.WrittenDataFile;

/**
 * After import or next has written data files: checks the project through the façade, as
 * docgen:check would, and prints what the checks find in the new files, as warnings — writing them
 * succeeded; whether they pass is for docgen:check to say.
 */
final class WrittenFilesCheck {
    private WrittenFilesCheck() {
    }

    /** @return how many findings the new files have */
    static long run(Docgen docgen, List<WrittenDataFile> written, Log log) {
        CheckResult result;
        try {
            result = docgen.check().result();
        } catch (DocgenException e) {
            result = e.check();
            if (result == null) {
                e.findings().forEach(f -> log.warn(f.toString()));
                return e.findings().size();
            }
        }
        List<String> files = written.stream().map(WrittenDataFile::target).toList();
        long count = 0;
        for (Finding finding : result.findings()) {
            if (files.contains(finding.position().file())) {
                log.warn(finding.toString());
                count++;
            }
        }
        return count;
    }
}
