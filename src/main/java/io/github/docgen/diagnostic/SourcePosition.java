package io.github.docgen.diagnostic;

/** Where a value came from: the file as the user names it, and a 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition ofFile(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
