package io.github.docgen.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The build time documents carry: {@code project.build.outputTimestamp} (ISO-8601 or epoch
 * seconds, Maven's reproducible-builds convention), else {@code SOURCE_DATE_EPOCH}; when neither
 * is set the caller uses the clock.
 */
final class BuildTime {

    private BuildTime() {
    }

    /** The configured build time, or null when none is configured. */
    static Instant configured(String outputTimestamp, String sourceDateEpoch) {
        Instant fromProject = parse(outputTimestamp);
        return fromProject != null ? fromProject : parse(sourceDateEpoch);
    }

    static Instant parse(String value) {
        if (value == null || value.isBlank() || value.length() < 2) {
            return null; // Maven treats a one-character value as "not set"
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(v));
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + value
                    + "' is neither ISO-8601 (2026-01-01T00:00:00Z) nor seconds since the epoch");
        }
    }
}
