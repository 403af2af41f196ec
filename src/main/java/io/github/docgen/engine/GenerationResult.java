package io.github.docgen.engine;

import io.github.docgen.diagnostic.CheckResult;

import java.util.List;

/** What a generate run did: its checks and the documents it produced. */
public record GenerationResult(CheckResult check, List<WrittenOutput> outputs) {

    public GenerationResult {
        outputs = List.copyOf(outputs);
    }

    public long changed() {
        return outputs.stream().filter(WrittenOutput::changed).count();
    }
}
