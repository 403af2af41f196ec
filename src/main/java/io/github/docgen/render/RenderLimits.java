package io.github.docgen.render;

/** Bounds on one render, so a runaway template fails instead of hanging the build or filling the disk. */
public record RenderLimits(long maxOutputChars, long maxMillis) {

    public static final RenderLimits DEFAULT = new RenderLimits(64L * 1024 * 1024, 60_000);
}
