package io.github.docgen.text;

import java.nio.file.Path;

/**
 * A relative path as messages, manifests and output names show it: its names joined with '/'.
 * (Replacing the platform separator instead would turn a '\' inside a Linux file name into a folder.)
 */
public final class SlashedPath {

    private SlashedPath() {
    }

    public static String of(Path relative) {
        StringBuilder out = new StringBuilder();
        for (Path name : relative) {
            out.append(out.length() == 0 ? "" : "/").append(name);
        }
        return out.toString();
    }
}
