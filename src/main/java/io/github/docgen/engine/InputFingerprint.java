package io.github.docgen.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.github.docgen.text.Sha256;
import io.github.docgen.kind.ReportKind;

/**
 * A hash of everything a document's bytes depend on: the plugin version, the project's
 * coordinates, properties and commit, the configured build time, every file of the kind, the
 * template, and the data file. Equal fingerprints mean rendering again would give the same bytes.
 */
final class InputFingerprint {
    private final String runInputs;
    private final Map<String, String> kindHashes = new ConcurrentHashMap<>();

    InputFingerprint(GenerationRequest request) {
        ProjectInfo p = request.project();
        StringBuilder run = new StringBuilder()
                .append("tool=").append(request.toolVersion()).append('\n')
                .append("project=").append(p.groupId()).append(':').append(p.artifactId()).append(':').append(p.version())
                .append(':').append(p.name()).append(':').append(p.commit()).append('\n')
                .append("buildTime=").append(request.buildTimeFixed() ? request.buildTime() : "clock").append('\n');
        new TreeMap<>(p.properties()).forEach((k, v) -> run.append("property.").append(k).append('=').append(v).append('\n'));
        this.runInputs = Sha256.hex(run.toString().getBytes(StandardCharsets.UTF_8));
    }

    String of(PlannedOutput output) {
        String kind = kindHashes.computeIfAbsent(output.document().kind().origin(), k -> hashKind(output.document().kind()));
        String all = runInputs + '\n' + kind + '\n' + output.template().fileName() + '\n' + output.relativePath() + '\n'
                + output.document().data().sha256();
        return Sha256.hex(all.getBytes(StandardCharsets.UTF_8));
    }

    private static String hashKind(ReportKind kind) {
        MessageDigest digest = Sha256.digest();
        kind.files().forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Sha256.digest().digest(bytes));
        });
        return HexFormat.of().formatHex(digest.digest());
    }
}
