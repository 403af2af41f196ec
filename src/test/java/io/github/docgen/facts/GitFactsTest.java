package io.github.docgen.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.docgen.diagnostic.Finding;

class GitFactsTest {
    @TempDir
    Path dir;

    private final List<Finding> warnings = new ArrayList<>();

    @Test
    void listsExactlyTheCommitsAfterTheReleaseTagGroupedNewestFirst() throws Exception {
        try (GitHistory history = new GitHistory(dir)) {
            history.commit("feat: first feature");
            history.commit("fix: an old fix");
            history.tag("v1.0.0");
            history.commit("feat(api): rate limits per key");
            history.commit("fix: reload keeps open connections\n\nThe listener was closed too early.");
            history.commit("docs: explain limits");
            history.commit("refactor!: drop the v1 endpoints");
            history.commit("feat: JSON access logs\n\nBREAKING CHANGE: the text format is gone;\nuse log.format=text to keep it.\nRefs: #12");
            RevCommit head = history.commit("Update the changelog");

            Map<String, Object> git = read();

            assertEquals(true, git.get("available"));
            assertEquals(head.name(), git.get("commit"));
            assertEquals(head.name().substring(0, 7), git.get("shortCommit"));
            assertEquals("v1.0.0", git.get("previousTag"));
            assertNull(git.get("tag"), "HEAD has no tag");
            assertEquals(List.of("Update the changelog", "feat: JSON access logs", "refactor!: drop the v1 endpoints",
                    "docs: explain limits", "fix: reload keeps open connections", "feat(api): rate limits per key"), subjects(git, "commits"));
            assertEquals(List.of("rate limits per key"), descriptions(git, "features"));
            assertEquals(List.of("reload keeps open connections"), descriptions(git, "fixes"));
            assertEquals(List.of("JSON access logs", "drop the v1 endpoints"), descriptions(git, "breaking"));
            assertEquals(List.of("Update the changelog", "explain limits"), descriptions(git, "other"));
            assertEquals(List.of(), warnings, "a tag was found: nothing assumed");

            Map<String, Object> feature = commits(git, "features").get(0);
            assertEquals("feat", feature.get("type"));
            assertEquals("api", feature.get("scope"));
            assertEquals("Ada Lovelace", feature.get("author"));
            assertEquals("2026-01-05T13:00:00+01:00", feature.get("date"), "the author's date in the author's offset");
            Map<String, Object> fix = commits(git, "fixes").get(0);
            assertEquals("The listener was closed too early.", fix.get("body"));
            Map<String, Object> logs = commits(git, "breaking").get(0);
            assertEquals("the text format is gone;\nuse log.format=text to keep it.", logs.get("breakingChange"));
            assertEquals(false, commits(git, "other").get(0).get("conventional"));
        }
    }

    @Test
    void aTaggedHeadIsTheReleaseAndThePreviousTagIsTheOneBefore() throws Exception {
        try (GitHistory history = new GitHistory(dir)) {
            history.commit("feat: one");
            history.annotatedTag("v1.9.0");
            history.commit("fix: two");
            history.commit("feat: three");
            history.tag("v1.10.0");
            history.tag("latest");

            Map<String, Object> git = read();

            assertEquals("v1.10.0", git.get("tag"));
            assertEquals(List.of("latest", "v1.10.0"), git.get("tags"));
            assertEquals("v1.9.0", git.get("previousTag"), "an annotated tag counts like a light one");
            assertEquals(List.of("feat: three", "fix: two"), subjects(git, "commits"));
        }
    }

    @Test
    void withoutAReleaseTagAllCommitsAreListedAndTheBuildIsWarned() throws Exception {
        try (GitHistory history = new GitHistory(dir)) {
            history.commit("feat: one");
            history.tag("nightly");
            history.commit("fix: two");

            Map<String, Object> git = read();

            assertEquals(List.of("fix: two", "feat: one"), subjects(git, "commits"));
            assertFalse(git.containsKey("previousTag"));
            assertEquals(1, warnings.size());
            assertEquals(".git: GIT no tag matching 'v[0-9]*, [0-9]*, app-[0-9]*' before HEAD, so all 2 commit(s) are listed",
                    warnings.get(0).toString());
            assertEquals(List.of(warnings.get(0).message()), git.get("warnings"), "templates can say what was assumed");
        }
    }

    @Test
    void aShallowCloneWithoutTheTagSaysWhatWasAssumed() throws Exception {
        try (GitHistory history = new GitHistory(dir.resolve("origin"))) {
            history.commit("feat: one");
            history.tag("v1.0.0");
            history.commit("fix: two");
            history.commit("feat: three");
        }
        Path clone = dir.resolve("clone");
        Git.cloneRepository().setURI(dir.resolve("origin").toUri().toString()).setDirectory(clone.toFile()).setDepth(1)
                .setNoTags().call().close();

        Map<String, Object> git = new GitFacts(clone, TagPattern.versionsOf("app"), p -> clone.relativize(p).toString()).read(warnings::add)
                instanceof Map<?, ?> m ? cast(m) : null;

        assertEquals(true, git.get("shallow"));
        assertEquals(List.of("feat: three"), subjects(git, "commits"));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().startsWith("shallow clone: no tag matching"), warnings.get(0).message());
        assertTrue(warnings.get(0).message().contains("git fetch --unshallow"), warnings.get(0).message());
    }

    @Test
    void mergeCommitsAreLeftOutButTheCommitsTheyMergeAreListed() throws Exception {
        try (GitHistory history = new GitHistory(dir)) {
            history.commit("feat: base");
            history.tag("v2.0.0");
            RevCommit base = history.commit("fix: on main");
            history.git.checkout().setCreateBranch(true).setName("topic").setStartPoint(base.getParent(0).name()).call();
            Files.writeString(dir.resolve("topic.txt"), "topic\n");
            history.git.add().addFilepattern("topic.txt").call();
            history.git.commit().setMessage("feat: on topic").setSign(false).call();
            history.git.checkout().setName("main").call();
            history.git.merge().include(history.git.getRepository().resolve("topic")).setFastForward(MergeCommand.FastForwardMode.NO_FF)
                    .setMessage("Merge branch 'topic'").call();

            Map<String, Object> git = read();

            assertEquals(List.of("feat: on topic", "fix: on main"), subjects(git, "commits").stream().sorted().toList());
            assertEquals(List.of("on topic"), descriptions(git, "features"));
        }
    }

    @Test
    void outsideARepositoryTheValueSaysSoAndTheBuildIsWarned() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Map<String, Object> git = cast((Map<?, ?>) new GitFacts(plain, new TagPattern("v*"), p -> "project").read(warnings::add));
        // A temporary folder may sit inside some repository on a developer's machine; /tmp usually does not.
        if (Boolean.FALSE.equals(git.get("available"))) {
            assertEquals(List.of(), git.get("commits"));
            assertEquals("project: GIT not in a Git repository: git.commits is empty", warnings.get(0).toString());
        }
    }

    @Test
    void theSameHistoryGivesTheSameValue() throws Exception {
        try (GitHistory history = new GitHistory(dir)) {
            history.commit("feat: one");
            history.tag("v1.0.0");
            history.commit("fix: two");
            assertEquals(CanonicalText.of(read()), CanonicalText.of(read()));
            ObjectId head = history.git.getRepository().resolve("HEAD");
            assertEquals(head.name(), read().get("commit"));
        }
    }

    private Map<String, Object> read() throws Exception {
        return cast((Map<?, ?>) new GitFacts(dir, TagPattern.versionsOf("app"), p -> dir.relativize(p).toString()).read(warnings::add));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> commits(Map<String, Object> git, String group) {
        return (List<Map<String, Object>>) git.get(group);
    }

    private static List<String> subjects(Map<String, Object> git, String group) {
        return commits(git, group).stream().map(c -> (String) c.get("subject")).toList();
    }

    private static List<String> descriptions(Map<String, Object> git, String group) {
        return commits(git, group).stream().map(c -> (String) c.get("description")).toList();
    }
}
