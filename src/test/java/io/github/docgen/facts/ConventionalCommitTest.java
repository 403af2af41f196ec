package io.github.docgen.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConventionalCommitTest {

    @Test
    void headerGivesTypeScopeAndDescription() {
        assertEquals(new ConventionalCommit("feat", "parser", "read arrays", false, null),
                ConventionalCommit.parse("feat(parser): read arrays", ""));
        assertEquals(new ConventionalCommit("fix", null, "no crash on empty input", false, null),
                ConventionalCommit.parse("Fix: no crash on empty input", ""), "types are case-insensitive and kept in lower case");
    }

    @Test
    void anExclamationMarkOrAFooterMakesItBreaking() {
        assertEquals(new ConventionalCommit("feat", "api", "drop v1", true, null), ConventionalCommit.parse("feat(api)!: drop v1", ""));
        assertEquals(new ConventionalCommit("chore", null, "drop Java 8", true, "Java 17 is required."),
                ConventionalCommit.parse("chore: drop Java 8", "Long explanation.\n\nBREAKING CHANGE: Java 17 is required."));
        assertEquals("the key is renamed\nto limits.perKey", ConventionalCommit.parse("feat: limits",
                "BREAKING-CHANGE: the key is renamed\nto limits.perKey\nReviewed-by: Grace").breakingChange(),
                "a footer runs on to the next footer");
    }

    @Test
    void aMessageOutsideTheFormKeepsItsSubject() {
        assertEquals(new ConventionalCommit(null, null, "Merge branch 'topic'", false, null), ConventionalCommit.parse("Merge branch 'topic'", ""));
        assertEquals(new ConventionalCommit(null, null, "feat:no space", false, null), ConventionalCommit.parse("feat:no space", ""));
        assertEquals(new ConventionalCommit(null, null, "Update README", true, "old flags are gone"),
                ConventionalCommit.parse("Update README", "BREAKING CHANGE: old flags are gone"));
    }

    @Test
    void breakingChangeMustBeAFooterLineNotAMention() {
        assertEquals(false, ConventionalCommit.parse("fix: typo", "This is not a BREAKING CHANGE: really.").breaking());
    }
}
