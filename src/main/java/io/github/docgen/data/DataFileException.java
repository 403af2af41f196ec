package io.github.docgen.data;

import io.github.docgen.diagnostic.SourcePosition;

/** A data file that cannot be read: one located, one-line reason. */
public final class DataFileException extends Exception {
    private final SourcePosition position;
    private final String reason;

    public DataFileException(SourcePosition position, String reason) {
        super(position + ": " + reason);
        this.position = position;
        this.reason = reason;
    }

    public SourcePosition position() {
        return position;
    }

    public String reason() {
        return reason;
    }
}
