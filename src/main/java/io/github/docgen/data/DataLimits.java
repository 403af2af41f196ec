package io.github.docgen.data;

/**
 * Bounds on what a data file may hold, so that a hostile or broken file fails fast with a
 * message instead of exhausting memory or the stack.
 */
public record DataLimits(long maxFileBytes, int maxDepth, int maxAliases, int maxValues, int maxNumberDigits) {

    public static final DataLimits DEFAULT = new DataLimits(4L * 1024 * 1024, 64, 100, 100_000, 18);
}
