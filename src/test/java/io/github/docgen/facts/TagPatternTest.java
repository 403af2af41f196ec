package io.github.docgen.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TagPatternTest {

    @Test
    void theDefaultTakesVersionTagsAsPeopleWriteThem() {
        TagPattern versions = TagPattern.versionsOf("my.app");
        for (String tag : List.of("v1.2.0", "1.2.0", "my.app-1.2.0", "v10")) {
            assertTrue(versions.matches(tag), tag);
        }
        for (String tag : List.of("vnext", "latest", "myXapp-1.2.0", "other-1.2.0", "release/1.0")) {
            assertFalse(versions.matches(tag), tag);
        }
    }

    @Test
    void globsTakeStarsQuestionMarksAndSets() {
        TagPattern pattern = new TagPattern("release/*, r?, build-[!a-z]");
        assertTrue(pattern.matches("release/2026.1"));
        assertTrue(pattern.matches("r7"));
        assertTrue(pattern.matches("build-7"));
        assertFalse(pattern.matches("build-x"));
        assertFalse(pattern.matches("r10"));
        assertEquals("release/*, r?, build-[!a-z]", pattern.toString());
    }

    @Test
    void anEmptyPatternIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TagPattern(" , "));
    }

    @Test
    void versionOrderComparesNumbersAsNumbers() {
        assertEquals(List.of("v1.2.0", "v1.9.0", "v1.10.0"),
                List.of("v1.10.0", "v1.2.0", "v1.9.0").stream().sorted(GitFacts.VersionOrder.INSTANCE).toList());
    }
}
