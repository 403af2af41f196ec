package io.github.docgen.plugin;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.logging.Log;

import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.engine.DocumentGenerator;
import io.github.docgen.engine.GenerationRequest;

/**
 * After import or next has written data files: checks the project as docgen:check would and prints
 * what the checks find in the new files, as warnings — writing them succeeded; whether they pass
 * is for docgen:check to say.
 */
final class WrittenFilesCheck {
    private WrittenFilesCheck() {
    }

    /** @return how many findings the new files have */
    static long run(DocumentGenerator engine, GenerationRequest request, List<Path> written, Log log) {
        CheckResult result;
        try {
            result = engine.check(request);
        } catch (DocgenException e) {
            result = e.check();
            if (result == null) {
                e.findings().forEach(f -> log.warn(f.toString()));
                return e.findings().size();
            }
        }
        List<String> files = written.stream().map(request::display).toList();
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
