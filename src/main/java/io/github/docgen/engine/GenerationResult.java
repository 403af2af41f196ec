package io.github.docgen.engine;

import java.util.List;

import io.github.docgen.incremental.WrittenOutput;

/**
 * What a generate run did: its checks, every document it produced (rendered or up to date), how
 * many it rendered, and how long it took.
 */
public record GenerationResult(CheckRun checkRun, List<WrittenOutput> outputs, int rendered, double seconds) {

    public GenerationResult {
        outputs = List.copyOf(outputs);
    }

    /** What the checks found. */
    public io.github.docgen.diagnostic.CheckResult check() {
        return checkRun.result();
    }

    /** Documents whose bytes on disk changed. */
    public long changed() {
        return outputs.stream().filter(WrittenOutput::changed).count();
    }

    /** Documents found up to date and not rendered again. */
    public int upToDate() {
        return outputs.size() - rendered;
    }

    /** The documents as Maven attaches them: type = extension, classifier = path. */
    public List<Attachment> attachments() {
        return outputs.stream().map(o -> new Attachment(o.file(), o.format(), o.classifier())).toList();
    }
}
