package io.github.docgen.facts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;

/**
 * {@code git}: the commit the project is built from, its tag, the previous release tag, and the
 * commits since that tag read as Conventional Commits and grouped for release notes. Read with JGit
 * from the repository the project folder is in. The same history gives the same value: dates are
 * the commits' own, the order is the history's (newest first, parents after children).
 */
public final class GitFacts implements FactSource {
    private static final int SHORT_HASH = 7;

    private final Path projectDir;
    private final TagPattern releaseTags;
    private final Function<Path, String> display;

    /** {@code display} turns a path into how messages name it (relative to the project). */
    public GitFacts(Path projectDir, TagPattern releaseTags, Function<Path, String> display) {
        this.projectDir = projectDir;
        this.releaseTags = releaseTags;
        this.display = display;
    }

    @Override
    public String name() {
        return "git";
    }

    @Override
    public Object read(Consumer<Finding> warnings) throws DocgenException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(projectDir.toFile());
        if (builder.getGitDir() == null) {
            return absent("not in a Git repository: git.commits is empty", display.apply(projectDir), warnings);
        }
        String where = display.apply(builder.getGitDir().toPath());
        try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return absent("the repository has no commit yet: git.commits is empty", where, warnings);
            }
            return new History(repository, walk, walk.parseCommit(head), where, warnings).read();
        } catch (IOException e) {
            throw new DocgenException(Finding.error(SourcePosition.ofFile(where), "GIT", "cannot read the repository: " + e.getMessage()));
        }
    }

    private static Map<String, Object> absent(String why, String where, Consumer<Finding> warnings) {
        warnings.accept(Finding.warning(SourcePosition.ofFile(where), "GIT", why));
        Map<String, Object> git = new LinkedHashMap<>();
        git.put("available", false);
        for (String group : new String[] {"commits", "features", "fixes", "breaking", "other", "tags"}) {
            git.put(group, List.of());
        }
        git.put("shallow", false);
        git.put("warnings", List.of(why));
        return Collections.unmodifiableMap(git);
    }

    /** One reading of the history from HEAD. */
    private final class History {
        private final Repository repository;
        private final RevWalk walk;
        private final RevCommit head;
        private final String where;
        private final Consumer<Finding> warnings;
        private final List<String> assumed = new ArrayList<>();

        History(Repository repository, RevWalk walk, RevCommit head, String where, Consumer<Finding> warnings) {
            this.repository = repository;
            this.walk = walk;
            this.head = head;
            this.where = where;
            this.warnings = warnings;
        }

        Map<String, Object> read() throws IOException {
            Map<ObjectId, List<String>> tags = tagsByCommit();
            List<String> headTags = tags.getOrDefault(head, List.of());
            String releaseTag = newest(headTags.stream().filter(releaseTags::matches).toList());
            boolean shallow = !repository.getObjectDatabase().getShallowCommits().isEmpty();
            RevCommit previous = previousRelease(tags);
            String previousTag = previous == null ? null : newest(tags.get(previous).stream().filter(releaseTags::matches).toList());
            List<Map<String, Object>> commits = commitsSince(previous);
            if (previous == null) {
                assume((shallow ? "shallow clone: no tag matching '" + releaseTags + "' in the history present, so the "
                        + commits.size() + " commit(s) fetched are listed (fetch the whole history: git fetch --unshallow, "
                        + "or fetch-depth: 0 in actions/checkout)"
                        : "no tag matching '" + releaseTags + "' before HEAD, so all " + commits.size() + " commit(s) are listed"));
            }

            Map<String, Object> git = new LinkedHashMap<>();
            git.put("available", true);
            git.put("commit", head.name());
            git.put("shortCommit", head.name().substring(0, SHORT_HASH));
            git.put("date", date(head.getCommitterIdent()));
            if (releaseTag != null) {
                git.put("tag", releaseTag);
            }
            git.put("tags", headTags);
            if (previousTag != null) {
                git.put("previousTag", previousTag);
            }
            git.put("shallow", shallow);
            git.put("commits", commits);
            Map<String, List<Map<String, Object>>> groups = groups(commits);
            groups.forEach(git::put);
            git.put("warnings", List.copyOf(assumed));
            return Collections.unmodifiableMap(git);
        }

        private void assume(String what) {
            assumed.add(what);
            warnings.accept(Finding.warning(SourcePosition.ofFile(where), "GIT", what));
        }

        /** Every tag by the commit it names, annotated tags peeled, names in natural order. */
        private Map<ObjectId, List<String>> tagsByCommit() throws IOException {
            Map<ObjectId, List<String>> tags = new HashMap<>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                RevObject target = walk.peel(walk.parseAny(ref.getObjectId()));
                if (target instanceof RevCommit commit) {
                    tags.computeIfAbsent(commit.copy(), c -> new ArrayList<>()).add(ref.getName().substring(Constants.R_TAGS.length()));
                }
            }
            tags.values().forEach(names -> names.sort(VersionOrder.INSTANCE));
            return tags;
        }

        /** The nearest strict ancestor of HEAD with a release tag, walking the history from HEAD. */
        private RevCommit previousRelease(Map<ObjectId, List<String>> tags) throws IOException {
            try (RevWalk ancestors = new RevWalk(repository)) {
                ancestors.sort(RevSort.TOPO);
                ancestors.markStart(ancestors.parseCommit(head));
                for (RevCommit commit : ancestors) {
                    if (!commit.equals(head) && tags.getOrDefault(commit, List.of()).stream().anyMatch(releaseTags::matches)) {
                        return commit;
                    }
                }
                return null;
            }
        }

        /** The commits after {@code previous} up to HEAD, merges left out (their changes are in the commits they merge). */
        private List<Map<String, Object>> commitsSince(RevCommit previous) throws IOException {
            try (RevWalk since = new RevWalk(repository)) {
                since.sort(RevSort.TOPO);
                since.setRevFilter(RevFilter.NO_MERGES);
                since.markStart(since.parseCommit(head));
                if (previous != null) {
                    since.markUninteresting(since.parseCommit(previous));
                }
                List<Map<String, Object>> commits = new ArrayList<>();
                for (RevCommit commit : since) {
                    commits.add(commit(commit));
                }
                return List.copyOf(commits);
            }
        }
    }

    private static Map<String, Object> commit(RevCommit commit) {
        String message = commit.getFullMessage();
        int newline = message.indexOf('\n');
        String subject = (newline < 0 ? message : message.substring(0, newline)).strip();
        String body = newline < 0 ? "" : message.substring(newline + 1).strip();
        ConventionalCommit parsed = ConventionalCommit.parse(subject, body);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("hash", commit.name());
        c.put("shortHash", commit.name().substring(0, SHORT_HASH));
        c.put("author", commit.getAuthorIdent().getName());
        c.put("date", date(commit.getAuthorIdent()));
        c.put("subject", subject);
        c.put("body", body);
        c.put("conventional", parsed.type() != null);
        if (parsed.type() != null) {
            c.put("type", parsed.type());
        }
        if (parsed.scope() != null) {
            c.put("scope", parsed.scope());
        }
        c.put("description", parsed.description());
        c.put("breaking", parsed.breaking());
        if (parsed.breakingChange() != null) {
            c.put("breakingChange", parsed.breakingChange());
        }
        return Collections.unmodifiableMap(c);
    }

    /**
     * Each commit in one group, in history order: a breaking change in {@code breaking} whatever its
     * type, else {@code feat} in {@code features}, {@code fix} in {@code fixes}, anything else in {@code other}.
     */
    static Map<String, List<Map<String, Object>>> groups(List<Map<String, Object>> commits) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (String group : new String[] {"breaking", "features", "fixes", "other"}) {
            groups.put(group, new ArrayList<>());
        }
        for (Map<String, Object> commit : commits) {
            String group = Boolean.TRUE.equals(commit.get("breaking")) ? "breaking"
                    : "feat".equals(commit.get("type")) ? "features" : "fix".equals(commit.get("type")) ? "fixes" : "other";
            groups.get(group).add(commit);
        }
        groups.replaceAll((name, list) -> List.copyOf(list));
        return groups;
    }

    /** ISO-8601 with the offset the person committed in, as {@code git log --date=iso-strict} prints it. */
    private static String date(PersonIdent who) {
        return OffsetDateTime.ofInstant(who.getWhenAsInstant(), who.getZoneId()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The newest of several tags on one commit (the last in version order), or null. */
    private static String newest(List<String> tags) {
        return tags.isEmpty() ? null : tags.get(tags.size() - 1);
    }

    /** Tag names compared with runs of digits as numbers: v1.10.0 after v1.9.0. */
    enum VersionOrder implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                char x = a.charAt(i);
                char y = b.charAt(j);
                if (Character.isDigit(x) && Character.isDigit(y)) {
                    int ei = digitsEnd(a, i);
                    int ej = digitsEnd(b, j);
                    int order = new java.math.BigInteger(a.substring(i, ei)).compareTo(new java.math.BigInteger(b.substring(j, ej)));
                    if (order != 0) {
                        return order;
                    }
                    i = ei;
                    j = ej;
                } else {
                    if (x != y) {
                        return Character.compare(x, y);
                    }
                    i++;
                    j++;
                }
            }
            int rest = Integer.compare(a.length() - i, b.length() - j);
            return rest != 0 ? rest : a.compareTo(b);
        }

        private static int digitsEnd(String s, int from) {
            int end = from;
            while (end < s.length() && Character.isDigit(s.charAt(end))) {
                end++;
            }
            return end;
        }
    }
}
