package io.github.docgen.watch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the output folder on the loopback interface only, with the JDK's own HTTP server: the
 * documents as they are on disk, an index of them at {@code /}, and the build state the live
 * reload script of HTML pages polls. Nothing is served from outside the folder, and only GET and HEAD.
 */
public final class PreviewServer implements AutoCloseable {
    /** The port tried first when none is asked for; when it is taken, any free port. */
    public static final int DEFAULT_PORT = 8000;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8",
            "json", "application/json; charset=utf-8", "pdf", "application/pdf", "css", "text/css; charset=utf-8",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "png", "image/png");

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "docgen-preview");
        t.setDaemon(true);
        return t;
    });
    private volatile int build;
    private volatile List<String> errors = List.of();

    private PreviewServer(Path root, HttpServer server) {
        this.root = root.toAbsolutePath().normalize();
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /**
     * Starts serving {@code root} on 127.0.0.1. {@code port} 0 or negative: {@link #DEFAULT_PORT}, or
     * any free port when that one is taken; a port asked for that is taken fails.
     */
    public static PreviewServer start(Path root, int port) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        if (port > 0) {
            return new PreviewServer(root, HttpServer.create(new InetSocketAddress(loopback, port), 0));
        }
        try {
            return new PreviewServer(root, HttpServer.create(new InetSocketAddress(loopback, DEFAULT_PORT), 0));
        } catch (BindException taken) {
            return new PreviewServer(root, HttpServer.create(new InetSocketAddress(loopback, 0), 0));
        }
    }

    /** On any free port of 127.0.0.1: for tests, which must not take a port a person may be using. */
    static PreviewServer startOnFreePort(Path root) throws IOException {
        return new PreviewServer(root, HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    /** Where the documents are served, e.g. {@code http://127.0.0.1:8000/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A build finished: pages reload when it succeeded, and show {@code errors} when it did not. */
    public void published(List<String> buildErrors) {
        errors = List.copyOf(buildErrors);
        build++;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (path.equals(LiveReload.VERSION_PATH)) {
                send(exchange, 200, TYPES.get("json"), state());
                return;
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
            } else if (Files.isDirectory(file)) {
                send(exchange, 200, TYPES.get("html"), LiveReload.inject(index(file)));
            } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
                byte[] bytes = Files.readAllBytes(file);
                send(exchange, 200, type, type.startsWith("text/html") ? LiveReload.inject(bytes) : bytes);
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", ("no " + path + " in the output folder").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private byte[] state() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("build", build);
            json.writeArrayFieldStart("errors");
            for (String error : errors) {
                json.writeString(error);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /** A list of the documents below a folder, so the maintainer finds them without typing paths. */
    private byte[] index(Path dir) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>docgen</title></head><body><ul>\n");
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                String escaped = rel.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
                html.append("<li><a href=\"/").append(escaped).append("\">").append(escaped).append("</a></li>\n");
            }
        }
        return html.append("</ul></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
