package io.github.docgen.kind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import io.github.docgen.text.SlashedPath;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;

/**
 * The kinds a build can use: the built-in ones packaged under {@code docgen-kinds/} in the plugin
 * jar, and the user's own from {@code src/docgen/kinds/<id>/}, which win over a built-in kind of
 * the same id (so a user can copy a built-in kind and adjust it).
 */
public final class KindCatalog {
    public static final String BUILT_IN_ROOT = "docgen-kinds";
    private static final long MAX_KIND_FILE_BYTES = 32L * 1024 * 1024;

    private final Map<String, ReportKind> kinds;
    private final List<Finding> skippedLinks;

    private KindCatalog(Map<String, ReportKind> kinds, List<Finding> skippedLinks) {
        this.kinds = Map.copyOf(kinds);
        this.skippedLinks = List.copyOf(skippedLinks);
    }

    /** A warning for each symbolic link in the kinds folder that was not taken as a kind. */
    public List<Finding> skippedLinks() {
        return skippedLinks;
    }

    public Optional<ReportKind> find(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    public List<String> ids() {
        return List.copyOf(new TreeSet<>(kinds.keySet()));
    }

    /**
     * The built-in kinds plus the user's kinds under {@code userKindsDir} (which may not exist).
     * {@code displayBase} is the folder messages name paths relative to.
     */
    public static KindCatalog load(Path userKindsDir, Path displayBase) throws DocgenException {
        Map<String, ReportKind> kinds = new HashMap<>(builtIn());
        List<Finding> skipped = new ArrayList<>();
        if (userKindsDir != null && Files.isDirectory(userKindsDir)) {
            try (Stream<Path> dirs = Files.list(userKindsDir)) {
                for (Path dir : dirs.sorted().toList()) {
                    if (Files.isSymbolicLink(dir)) {
                        // A kind's templates run in the build: only folders of the project itself are kinds.
                        skipped.add(Finding.warning(SourcePosition.ofFile(SlashedPath.of(displayBase.relativize(dir.toAbsolutePath()))),
                                "KIND", "symbolic link skipped: a kind must be a folder of its own, not a link"));
                    } else if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                        String id = dir.getFileName().toString();
                        String origin = SlashedPath.of(displayBase.relativize(dir.toAbsolutePath()));
                        kinds.put(id, new ReportKind(id, origin, readFolder(dir, origin)));
                    }
                }
            } catch (IOException e) {
                throw new DocgenException(Finding.error(SourcePosition.ofFile(userKindsDir.toString()), "KIND", "cannot read: " + e.getMessage()));
            }
        }
        return new KindCatalog(kinds, skipped);
    }

    private static Map<String, byte[]> readFolder(Path dir, String origin) throws DocgenException, IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.sorted().toList()) {
                String rel = SlashedPath.of(dir.relativize(file));
                if (Files.isSymbolicLink(file)) {
                    // A link could point anywhere on the machine; a kind may only use its own files.
                    throw new DocgenException(Finding.error(SourcePosition.ofFile(origin + "/" + rel), "KIND",
                            "symbolic links are not allowed in a kind folder"));
                }
                if (Files.isRegularFile(file)) {
                    if (Files.size(file) > MAX_KIND_FILE_BYTES) {
                        throw new DocgenException(Finding.error(SourcePosition.ofFile(origin + "/" + rel), "KIND",
                                "larger than the limit of " + MAX_KIND_FILE_BYTES + " bytes"));
                    }
                    files.put(rel, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** The built-in kinds, read once per class loader: they never change while a build runs. */
    private static Map<String, ReportKind> builtIn() {
        return BuiltIn.KINDS;
    }

    private static final class BuiltIn {
        static final Map<String, ReportKind> KINDS = readBuiltIn();

        private static Map<String, ReportKind> readBuiltIn() {
            URL root = KindCatalog.class.getClassLoader().getResource(BUILT_IN_ROOT);
            if (root == null) {
                return Map.of();
            }
            try {
                Map<String, Map<String, byte[]>> byKind = "jar".equals(root.getProtocol()) ? fromJar(root) : fromFolder(Path.of(root.toURI()));
                Map<String, ReportKind> kinds = new HashMap<>();
                byKind.forEach((id, files) -> kinds.put(id, new ReportKind(id, "templates/" + id, files)));
                return kinds;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in kinds", e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the built-in kinds: " + root, e);
            }
        }

        private static Map<String, Map<String, byte[]>> fromFolder(Path root) throws IOException {
            Map<String, Map<String, byte[]>> byKind = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    add(byKind, SlashedPath.of(root.relativize(file)), Files.readAllBytes(file));
                }
            }
            return byKind;
        }

        private static Map<String, Map<String, byte[]>> fromJar(URL root) throws IOException {
            Map<String, Map<String, byte[]>> byKind = new TreeMap<>();
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false); // a shared cached JarFile could be closed under another thread
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith(BUILT_IN_ROOT + "/")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            add(byKind, entry.getName().substring(BUILT_IN_ROOT.length() + 1), in.readAllBytes());
                        }
                    }
                }
            }
            return byKind;
        }

        private static void add(Map<String, Map<String, byte[]>> byKind, String path, byte[] bytes) {
            int slash = path.indexOf('/');
            if (slash > 0) {
                byKind.computeIfAbsent(path.substring(0, slash), k -> new TreeMap<>()).put(path.substring(slash + 1), bytes);
            }
        }
    }
}
