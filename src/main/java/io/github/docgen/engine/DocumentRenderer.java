package io.github.docgen.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.incremental.InputFingerprint;
import io.github.docgen.incremental.OutputIndex;
import io.github.docgen.incremental.WrittenOutput;
import io.github.docgen.output.StagedOutputs;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.text.Sha256;

/**
 * Renders the outputs of one checked document into the staging folder, or keeps an earlier build's
 * output whose inputs did not change. Runs on the workers, many documents at once.
 */
final class DocumentRenderer {
    private final RunSettings settings;
    private final InputFingerprint fingerprint;
    private final OutputIndex index;
    private final StagedOutputs staged;
    /** The build time as templates see it, written once rather than for every document. */
    private final String buildTime;

    DocumentRenderer(RunSettings settings, OutputIndex index, StagedOutputs staged) {
        this.settings = settings;
        this.fingerprint = new InputFingerprint(settings.runInputs());
        this.index = index;
        this.staged = staged;
        this.buildTime = settings.buildTime() == null ? null : settings.buildTime().toString();
    }

    /**
     * @param document the whole document (its values are rendered)
     * @param kind     its kind, compiled
     * @param outputs  its planned outputs
     */
    List<WrittenOutput> render(LoadedDocument document, CompiledKind kind, List<PlannedOutput> outputs)
            throws DocgenException, IOException {
        List<WrittenOutput> written = new ArrayList<>(outputs.size());
        Map<String, Object> values = null; // the data as templates see it, made once for all of the file's documents
        for (PlannedOutput output : outputs) {
            String inputs = fingerprint.of(kind.fingerprint(), output.template().fileName(), output.relativePath(),
                    document.data().sha256());
            WrittenOutput result = index.upToDate(output.relativePath(), inputs);
            if (result == null) {
                values = values != null ? values : document.data().values();
                result = renderOne(document, kind, values, output, inputs);
            }
            written.add(result);
        }
        return written;
    }

    private WrittenOutput renderOne(LoadedDocument document, CompiledKind kind, Map<String, Object> values, PlannedOutput output,
                                    String inputs) throws DocgenException, IOException {
        CompiledTemplate template = kind.template(output.template());
        Map<String, Object> model = DocumentModel.of(document, values, settings.project(), buildTime,
                output.template().outputExtension());
        MessageDigest digest = Sha256.digest();
        try (OutputStream out = new DigestOutputStream(staged.open(output.relativePath()), digest)) {
            template.render(model, out);
        } catch (DocgenException e) {
            throw RenderFailure.naming(document.data(), e);
        }
        return new WrittenOutput(settings.outputDir().resolve(output.relativePath()), output.relativePath(),
                document.data().relativePath(), kind.kind().id(), output.template().outputExtension(),
                output.classifier(), HexFormat.of().formatHex(digest.digest()), inputs, true);
    }
}
