package io.github.docgen.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.govinfo.ReportYaml;

/**
 * docgen:import: published reports in, data files out. Every source is read and every target
 * decided before anything is written, so a source that cannot be read or a target that exists
 * (without force) leaves the project as it was.
 */
public final class ReportImport {
    /** Files larger than this are not a report page (a portal page with its report is well under a megabyte). */
    static final long MAX_SOURCE_BYTES = 32L * 1024 * 1024;

    private final Path sourceDir;
    private final Function<Path, String> display;

    /**
     * @param sourceDir where data files go by default ({@code src/docgen})
     * @param display   how messages name a path
     */
    public ReportImport(Path sourceDir, Function<Path, String> display) {
        this.sourceDir = sourceDir;
        this.display = display;
    }

    /** One data file written from one published report, with what could not be read from it. */
    public record Written(Path source, Path target, List<Finding> findings) {
    }

    /**
     * @param from  a published report, or a folder whose .htm, .html and .docx files are all imported
     * @param to    for one report the data file to write; for a folder the folder that receives
     *              {@code <year>/<name>.yaml}; null for the source folder
     * @param force whether an existing data file may be overwritten
     */
    public List<Written> run(Path from, Path to, boolean force) throws DocgenException {
        boolean folder = Files.isDirectory(from);
        List<Path> sources = sources(from);
        List<Finding> errors = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Map<Path, Path> targets = new HashMap<>();
        for (Path source : sources) {
            try {
                ReportImporter.Imported imported = new ReportImporter().read(read(source), source.getFileName().toString(), display.apply(source));
                Path target = target(source, imported, folder ? (to == null ? sourceDir : to) : to);
                Path clash = targets.putIfAbsent(target.toAbsolutePath().normalize(), source);
                if (clash != null) {
                    errors.add(Finding.error(SourcePosition.ofFile(display.apply(source)), ImportNotes.RULE, "would be written to "
                            + display.apply(target) + " like " + display.apply(clash) + "; import them one at a time with -Ddocgen.to"));
                } else if (Files.exists(target) && !force) {
                    errors.add(Finding.error(SourcePosition.ofFile(display.apply(target)), ImportNotes.RULE, "exists already; "
                            + "-Ddocgen.force=true overwrites it with the import of " + display.apply(source)));
                } else {
                    planned.add(new Planned(source, target, imported));
                }
            } catch (DocgenException e) {
                errors.addAll(e.findings());
            }
        }
        if (!errors.isEmpty()) {
            throw new DocgenException(errors);
        }
        List<Written> written = new ArrayList<>();
        for (Planned p : planned) {
            String yaml = new ReportYaml(p.imported.format()).write(List.of(
                    "Imported by docgen:import from " + p.source.getFileName() + ", as published: check it with mvn docgen:check."),
                    p.imported.values(), Map.of());
            try {
                Files.createDirectories(p.target.toAbsolutePath().getParent());
                Files.writeString(p.target, yaml, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new DocgenException(Finding.error(SourcePosition.ofFile(display.apply(p.target)), ImportNotes.RULE,
                        "cannot be written: " + e.getMessage()));
            }
            written.add(new Written(p.source, p.target, p.imported.findings()));
        }
        return written;
    }

    private record Planned(Path source, Path target, ReportImporter.Imported imported) {
    }

    private List<Path> sources(Path from) throws DocgenException {
        if (Files.isRegularFile(from)) {
            if (!ReportImporter.isReport(from.getFileName().toString())) {
                throw fail(from, "is not a report the importer reads: give an .htm, .html or .docx file, or a folder of them");
            }
            return List.of(from);
        }
        if (!Files.isDirectory(from)) {
            throw fail(from, "does not exist");
        }
        try (Stream<Path> files = Files.list(from)) {
            List<Path> sources = files.filter(Files::isRegularFile).filter(f -> ReportImporter.isReport(f.getFileName().toString()))
                    .sorted().toList();
            if (sources.isEmpty()) {
                throw fail(from, "holds no .htm, .html or .docx file");
            }
            return sources;
        } catch (IOException e) {
            throw fail(from, "cannot be read: " + e.getMessage());
        }
    }

    private byte[] read(Path source) throws DocgenException {
        try {
            if (Files.size(source) > MAX_SOURCE_BYTES) {
                throw fail(source, "is larger than " + (MAX_SOURCE_BYTES >> 20) + " MiB: not a report page");
            }
            return Files.readAllBytes(source);
        } catch (IOException e) {
            throw fail(source, "cannot be read: " + e.getMessage());
        }
    }

    /** {@code to} itself for one report; else {@code <folder>/<year>/<source's base name>.yaml}. */
    private Path target(Path source, ReportImporter.Imported imported, Path toOrFolder) throws DocgenException {
        if (toOrFolder != null && !Files.isDirectory(toOrFolder) && isDataFileName(toOrFolder)) {
            return toOrFolder;
        }
        if (imported.year() == null) {
            throw fail(source, "names no year in its title, so it has no default place; give one with -Ddocgen.to=<data file>");
        }
        String name = source.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        Path folder = toOrFolder == null ? sourceDir : toOrFolder;
        return folder.resolve(String.valueOf(imported.year())).resolve(base + ".yaml");
    }

    private static boolean isDataFileName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private DocgenException fail(Path path, String message) {
        return new DocgenException(Finding.error(SourcePosition.ofFile(display.apply(path)), ImportNotes.RULE, message));
    }
}
