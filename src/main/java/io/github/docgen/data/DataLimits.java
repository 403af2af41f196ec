package io.github.docgen.data;

/**
 * Bounds on what a data file may hold, so that a hostile or broken file fails fast with a
 * message instead of exhausting memory or the stack.
 *
 * @param maxAliases the YAML aliases of lists and maps a file may hold
 * @param maxValues  the values a file may hold, counted alike in YAML and JSON: every map, list and
 *                   single value, and an alias once more for every value it stands for; a project
 *                   may raise it (the plugin's {@code maxValues} parameter)
 */
public record DataLimits(long maxFileBytes, int maxDepth, int maxAliases, int maxValues, int maxNumberDigits) {

    public static final int DEFAULT_MAX_VALUES = 100_000;
    public static final DataLimits DEFAULT = new DataLimits(4L * 1024 * 1024, 64, 100, DEFAULT_MAX_VALUES, 18);

    public DataLimits {
        if (maxValues < 1) {
            throw new IllegalArgumentException("maxValues must be at least 1, not " + maxValues);
        }
    }

    /** The same limits with another value limit. */
    public DataLimits withMaxValues(int values) {
        return new DataLimits(maxFileBytes, maxDepth, maxAliases, values, maxNumberDigits);
    }
}
