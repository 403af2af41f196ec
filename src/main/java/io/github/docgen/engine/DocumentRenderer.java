package io.github.docgen.engine;

import io.github.docgen.diagnostic.DocgenException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.github.docgen.text.Sha256;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.engine.TemplateCompiler;

/**
 * Renders the outputs of one checked document into the staging folder, or keeps an earlier build's
 * output whose inputs did not change. Runs on the workers, many documents at once.
 */
final class DocumentRenderer {
    private final GenerationRequest request;
    private final TemplateCompiler compiler;
    private final InputFingerprint fingerprint;
    private final Map<String, WrittenOutput> previous;
    private final StagedOutputs staged;
    /** The build time as templates see it, written once rather than for every document. */
    private final String buildTime;

    DocumentRenderer(GenerationRequest request, TemplateCompiler compiler, Map<String, WrittenOutput> previous, StagedOutputs staged) {
        this.request = request;
        this.compiler = compiler;
        this.fingerprint = new InputFingerprint(request);
        this.previous = previous;
        this.staged = staged;
        this.buildTime = request.buildTime() == null ? null : request.buildTime().toString();
    }

    /**
     * @param document the whole document (its values are rendered)
     * @param outputs  its planned outputs
     */
    List<WrittenOutput> render(LoadedDocument document, List<PlannedOutput> outputs) throws DocgenException, IOException {
        List<WrittenOutput> written = new ArrayList<>(outputs.size());
        Map<String, Object> values = null; // the data as templates see it, made once for all of the file's documents
        for (PlannedOutput output : outputs) {
            String inputs = fingerprint.of(output);
            WrittenOutput result = request.force() ? null : upToDate(previous.get(output.relativePath()), inputs);
            if (result == null) {
                values = values != null ? values : document.data().values();
                result = renderOne(document, values, output, inputs);
            }
            written.add(result);
        }
        return written;
    }

    private WrittenOutput renderOne(LoadedDocument document, Map<String, Object> values, PlannedOutput output, String inputs)
            throws DocgenException, IOException {
        CompiledTemplate template = compiler.compile(output.document().kind(), output.template());
        Map<String, Object> model = DocumentModel.of(document, values, request.project(), buildTime,
                output.template().outputExtension());
        MessageDigest digest = Sha256.digest();
        try (OutputStream out = new DigestOutputStream(staged.open(output.relativePath()), digest)) {
            template.render(model, out);
        }
        return new WrittenOutput(request.outputDir().resolve(output.relativePath()), output.relativePath(),
                output.document().data().relativePath(), output.document().kind().id(), output.template().outputExtension(),
                output.classifier(), HexFormat.of().formatHex(digest.digest()), inputs, true);
    }

    /** The previous build's output, if its inputs are the same and the file on disk is still the one it wrote. */
    private static WrittenOutput upToDate(WrittenOutput before, String inputs) throws IOException {
        if (before == null || !inputs.equals(before.inputs()) || !Files.isRegularFile(before.file())
                || !Sha256.hex(Files.readAllBytes(before.file())).equals(before.sha256())) {
            return null;
        }
        return before;
    }
}
