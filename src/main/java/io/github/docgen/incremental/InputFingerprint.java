package io.github.docgen.incremental;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import io.github.docgen.text.Sha256;

/**
 * A hash of everything a document's bytes depend on: what the run says of itself (the plugin
 * version, the project's coordinates, properties and commit, the configured build time), every file
 * of the kind, the template, the output path and the data file. Equal fingerprints mean rendering
 * again would give the same bytes.
 */
public final class InputFingerprint {
    private final String runInputs;

    /** {@code runInputs}: one line per input of the whole run, in a fixed order. */
    public InputFingerprint(String runInputs) {
        this.runInputs = Sha256.hex(runInputs.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code kind}: {@link #ofKind} of the document's kind. */
    public String of(String kind, String templateFileName, String relativePath, String dataSha256) {
        String all = runInputs + '\n' + kind + '\n' + templateFileName + '\n' + relativePath + '\n' + dataSha256;
        return Sha256.hex(all.getBytes(StandardCharsets.UTF_8));
    }

    /** A hash of every file of a kind, names included. */
    public static String ofKind(Map<String, byte[]> files) {
        MessageDigest digest = Sha256.digest();
        files.forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Sha256.digest().digest(bytes));
        });
        return HexFormat.of().formatHex(digest.digest());
    }
}
