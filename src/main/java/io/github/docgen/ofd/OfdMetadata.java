package io.github.docgen.ofd;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.github.docgen.text.Sha256;

/**
 * The OFD's DocInfo.
 *
 * @param title    the document's title (null: none)
 * @param author   its author (null: none)
 * @param built    the build time: creation and modification date, and the zip entries' time
 * @param custom   docgen's custom data (version, commit, source, kind, status), in order
 * @param layout   the laid-out PDF, whose hash is the document id
 */
record OfdMetadata(String title, String author, Instant built, Map<String, String> custom, byte[] layout) {

    /** The document id: a UUID from the SHA-256 of the layout, so it changes exactly when the document does. */
    UUID documentId() {
        ByteBuffer hash = ByteBuffer.wrap(Sha256.digest().digest(layout));
        long high = (hash.getLong() & ~0xF000L) | 0x8000L; // version 8: custom, as RFC 9562 allows
        long low = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
