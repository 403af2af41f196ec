package io.github.docgen.render;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import freemarker.cache.TemplateLoader;
import io.github.docgen.kind.ReportKind;

/**
 * Loads templates and their includes from the files of one kind, held in memory. FreeMarker
 * refuses names that back out of the root, and nothing outside the kind can be named at all.
 */
final class KindTemplateLoader implements TemplateLoader {
    private final ReportKind kind;

    KindTemplateLoader(ReportKind kind) {
        this.kind = kind;
    }

    @Override
    public Object findTemplateSource(String name) {
        return kind.file(name).map(bytes -> new Source(name, bytes)).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        return 0; // the files never change while a catalog lives
    }

    @Override
    public Reader getReader(Object source, String encoding) {
        return new InputStreamReader(new ByteArrayInputStream(((Source) source).bytes()), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing to close: the bytes are in memory
    }

    private record Source(String name, byte[] bytes) {
    }
}
