package io.github.docgen.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A Git repository for tests, made with JGit: commits at fixed times, one file changed per commit. */
public final class GitHistory implements AutoCloseable {
    final Path dir;
    final Git git;
    private Instant clock = Instant.parse("2026-01-05T09:00:00Z");
    private int change;

    public GitHistory(Path dir) throws GitAPIException {
        this.dir = dir;
        this.git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    }

    /** A commit an hour after the previous one, by "Ada Lovelace" in UTC+1. */
    public RevCommit commit(String message) throws IOException, GitAPIException {
        Files.writeString(dir.resolve("changes.txt"), "change " + (++change) + "\n");
        git.add().addFilepattern("changes.txt").call();
        clock = clock.plusSeconds(3600);
        PersonIdent ada = new PersonIdent("Ada Lovelace", "ada@example.org", clock, ZoneOffset.ofHours(1));
        return git.commit().setMessage(message).setAuthor(ada).setCommitter(ada).setSign(false).call();
    }

    public void tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(false).call();
    }

    public void annotatedTag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(true).setMessage("release " + name)
                .setTagger(new PersonIdent("Ada Lovelace", "ada@example.org", clock, ZoneOffset.UTC)).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
