package io.github.docgen.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.text.Sha256;

/**
 * A roll-up (汇总): a data file that says {@code rollup: [departments/*.yaml, ../towns/*.yaml]}
 * (globs relative to it) instead of holding tables. Its tables are the cell-wise sums of its members'
 * — every map or list at the top of the members that the roll-up does not hold itself — and its
 * text, agency and year are its own. Members must be of its kind and year. The sum is then checked
 * and rendered like any report; its hash covers the members' so that changing a member renders the
 * roll-up again.
 */
public final class RollUp {
    public static final String KEY = "rollup";

    private final DataFileReader reader;
    private final Path projectDir;
    private final Function<Path, String> relative;
    private final Function<Path, String> display;

    /**
     * @param relative a member's path as a data file's relative path (under the source folder)
     * @param display  a member's path as messages name it
     */
    public RollUp(DataFileReader reader, Path projectDir, Function<Path, String> relative, Function<Path, String> display) {
        this.reader = reader;
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.relative = relative;
        this.display = display;
    }

    /** {@code file} itself when it is no roll-up, else the file with its members' tables summed in. */
    public DataFile expand(DataFile file, Path path) throws DataFileException {
        DataNode globs = file.root().get(KEY);
        if (globs == null) {
            return file;
        }
        if (!(globs instanceof DataNode.ListNode list) || list.items().isEmpty()) {
            throw new DataFileException(globs.position(), "rollup: must be a list of file patterns, such as [departments/*.yaml]");
        }
        List<DataFile> members = new ArrayList<>();
        for (DataNode glob : list.items()) {
            members.addAll(members(file, path, glob));
        }
        return sum(file, members, globs.position());
    }

    private List<DataFile> members(DataFile rollup, Path path, DataNode glob) throws DataFileException {
        if (!(glob instanceof DataNode.ScalarNode s) || !(s.value() instanceof String pattern) || pattern.isBlank()) {
            throw new DataFileException(glob.position(), "rollup: each entry is a file pattern, such as departments/*.yaml");
        }
        List<DataFile> members = new ArrayList<>();
        for (Path member : matching(path.toAbsolutePath().normalize(), pattern, glob.position())) {
            DataFile data = reader.read(member, relative.apply(member), display.apply(member));
            String name = display.apply(member);
            if (data.root().get(KEY) != null) {
                throw new DataFileException(glob.position(), "rollup: member " + name + " is a roll-up itself; name its members instead");
            }
            if (!Objects.equals(data.kind(), rollup.kind())) {
                throw new DataFileException(glob.position(), "rollup: member " + name + " is of kind '" + data.kind()
                        + "', not '" + rollup.kind() + "'");
            }
            Object year = value(rollup.root().get("year"));
            if (!Objects.equals(value(data.root().get("year")), year)) {
                throw new DataFileException(glob.position(), "rollup: member " + name + " is for the year "
                        + value(data.root().get("year")) + ", not " + year);
            }
            members.add(data);
        }
        if (members.isEmpty()) {
            throw new DataFileException(glob.position(), "rollup: '" + pattern + "' matches no data file");
        }
        return members;
    }

    /** The data files a glob names, relative to the roll-up's folder, inside the project, the roll-up itself left out. */
    private List<Path> matching(Path rollup, String pattern, SourcePosition at) throws DataFileException {
        String[] segments = pattern.replace('\\', '/').split("/");
        Path base = rollup.getParent();
        int fixed = 0;
        while (fixed < segments.length - 1 && !segments[fixed].matches(".*[*?\\[{].*")) {
            base = base.resolve(segments[fixed++]);
        }
        base = base.normalize();
        if (!base.startsWith(projectDir)) {
            throw new DataFileException(at, "rollup: '" + pattern + "' points outside the project");
        }
        String rest = String.join("/", java.util.Arrays.copyOfRange(segments, fixed, segments.length));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        Path from = base;
        try (Stream<Path> files = Files.walk(base, rest.contains("**") ? Integer.MAX_VALUE : segments.length - fixed)) {
            TreeSet<Path> found = new TreeSet<>();
            files.filter(Files::isRegularFile).filter(DataFileReader::isDataFile)
                    .filter(f -> matcher.matches(from.relativize(f))).map(f -> f.toAbsolutePath().normalize())
                    .filter(f -> !f.equals(rollup)).forEach(found::add);
            return List.copyOf(found);
        } catch (IOException e) {
            throw new DataFileException(at, "rollup: cannot list " + display.apply(base) + ": " + e.getMessage());
        }
    }

    private static DataFile sum(DataFile rollup, List<DataFile> members, SourcePosition at) throws DataFileException {
        Map<String, DataNode> entries = new LinkedHashMap<>(rollup.root().entries());
        for (String key : members.get(0).root().entries().keySet()) {
            DataNode first = members.get(0).root().get(key);
            if (!entries.containsKey(key) && !(first instanceof DataNode.ScalarNode)) {
                List<DataNode> cells = new ArrayList<>();
                for (DataFile member : members) {
                    cells.add(member.root().get(key));
                }
                entries.put(key, sum(cells, members, key, at));
            }
        }
        MessageDigest digest = Sha256.digest();
        digest.update(rollup.sha256().getBytes(StandardCharsets.UTF_8));
        for (DataFile member : members) {
            digest.update((member.relativePath() + '\n' + member.sha256() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return new DataFile(rollup.relativePath(), rollup.displayPath(), new DataNode.MapNode(entries, rollup.root().position()),
                HexFormat.of().formatHex(digest.digest()));
    }

    /** The sum of the members' values at one path: maps key by key, lists item by item, numbers added. */
    private static DataNode sum(List<DataNode> cells, List<DataFile> members, String path, SourcePosition at) throws DataFileException {
        DataNode first = cells.get(0);
        if (first instanceof DataNode.MapNode map) {
            Map<String, DataNode> summed = new LinkedHashMap<>();
            for (String key : map.entries().keySet()) {
                List<DataNode> inner = new ArrayList<>();
                for (int m = 0; m < cells.size(); m++) {
                    inner.add(cells.get(m) instanceof DataNode.MapNode other ? other.get(key) : null);
                }
                summed.put(key, sum(inner, members, path + "." + key, at));
            }
            return new DataNode.MapNode(summed, at);
        }
        if (first instanceof DataNode.ListNode list) {
            List<DataNode> summed = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                List<DataNode> inner = new ArrayList<>();
                for (DataNode cell : cells) {
                    inner.add(cell instanceof DataNode.ListNode other && i < other.items().size() ? other.items().get(i) : null);
                }
                summed.add(sum(inner, members, path + "[" + i + "]", at));
            }
            return new DataNode.ListNode(summed, at);
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean whole = true;
        for (int m = 0; m < cells.size(); m++) {
            Object value = value(cells.get(m));
            if (value instanceof Long l) {
                total = total.add(BigDecimal.valueOf(l));
            } else if (value instanceof BigDecimal d) {
                total = total.add(d);
                whole = false;
            } else {
                // The member's own check names its cell; the roll-up says which member left it without a number.
                String text = members.get(m).displayPath() + " has no number at " + path;
                return new DataNode.ScalarNode(text, text, at);
            }
        }
        Object value = whole ? (Object) total.longValueExact() : total;
        return new DataNode.ScalarNode(value, total.toPlainString(), at);
    }

    private static Object value(DataNode node) {
        return node instanceof DataNode.ScalarNode s ? s.value() : null;
    }
}
