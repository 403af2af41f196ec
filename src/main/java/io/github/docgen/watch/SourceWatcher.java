package io.github.docgen.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and all folders below them (the data files and the project's kinds) with the
 * JDK's {@link WatchService}, and hands out the paths a save changed. An editor's save is often
 * several events (write a temporary file, rename it); they are gathered until the folders have
 * been quiet for a moment, so one save is one rebuild.
 */
public final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public SourceWatcher(Iterable<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for a change, then gathers changes until none came for
     * {@code quietMillis}. Returns the changed paths; empty when nothing changed in time.
     */
    public Set<Path> awaitChanges(long timeoutMillis, long quietMillis) throws InterruptedException, IOException {
        Set<Path> changed = new LinkedHashSet<>();
        WatchKey key = service.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        while (key != null) {
            collect(key, changed);
            key = service.poll(quietMillis, TimeUnit.MILLISECONDS);
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) throws IOException {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                changed.add(dir == null ? Path.of(".") : dir); // too many to tell apart: something changed here
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (path.getFileName().toString().startsWith(".") || path.getFileName().toString().endsWith("~")) {
                continue; // editors' swap and backup files
            }
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(path); // a new folder of data files or a new kind
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
