package io.github.docgen.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview: documents served from the output folder only, live reload added to pages as served, the build state. */
class PreviewServerTest {

    @Test
    void servesPagesWithTheReloadScriptAndTheFilesWithout(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("2024/a-1.0.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<html><body><h1>A</h1></body></html>");
        Files.writeString(dir.resolve("secret.txt"), "x");
        try (PreviewServer server = PreviewServer.startOnFreePort(dir.resolve("2024"))) {
            assertTrue(server.url().startsWith("http://127.0.0.1:"));
            String served = get(server.url() + "a-1.0.html");
            assertTrue(served.contains("<h1>A</h1>" + LiveReload.SCRIPT + "</body>"), served);
            assertFalse(Files.readString(page).contains("docgen"), "the file itself is untouched");
            assertEquals(404, status(server.url() + "../secret.txt"));
            assertEquals(404, status(server.url() + "%2e%2e/secret.txt"));
            assertEquals("{\"build\":0,\"errors\":[]}", get(server.url() + "__docgen/version"));
            server.published(List.of("src/docgen/a.yaml:2:8: DATA bad"));
            assertEquals("{\"build\":1,\"errors\":[\"src/docgen/a.yaml:2:8: DATA bad\"]}", get(server.url() + "__docgen/version"));
            assertTrue(get(server.url()).contains("<a href=\"/a-1.0.html\">a-1.0.html</a>"));
        }
    }

    @Test
    void aSaveIsOneChangeAndNewFoldersAreWatched(@TempDir Path dir) throws Exception {
        try (SourceWatcher watcher = new SourceWatcher(List.of(dir))) {
            Files.writeString(dir.resolve("a.yaml"), "kind: x\n");
            Set<Path> changed = watcher.awaitChanges(5000, WatchLoop.QUIET_MILLIS);
            assertEquals(Set.of(dir.resolve("a.yaml")), changed);
            Files.createDirectories(dir.resolve("2025"));
            watcher.awaitChanges(5000, WatchLoop.QUIET_MILLIS);
            Files.writeString(dir.resolve("2025/b.yaml"), "kind: x\n");
            assertTrue(watcher.awaitChanges(5000, WatchLoop.QUIET_MILLIS).contains(dir.resolve("2025/b.yaml")));
            assertEquals(Set.of(), watcher.awaitChanges(300, WatchLoop.QUIET_MILLIS));
        }
    }

    private static String get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        try (var in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        return c.getResponseCode();
    }
}
