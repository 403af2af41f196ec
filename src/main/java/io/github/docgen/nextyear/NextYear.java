package io.github.docgen.nextyear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.docgen.data.DataFile;
import io.github.docgen.data.DataFileException;
import io.github.docgen.data.DataFileReader;
import io.github.docgen.data.DataLimits;
import io.github.docgen.data.DataNode;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.govinfo.GovInfoFormat;
import io.github.docgen.govinfo.ReportYaml;
import io.github.docgen.text.SlashedPath;

/**
 * docgen:next: next year's data file from last year's, for the built-in annual report kinds. The
 * new file names last year's as {@code previous:}, so the cross-year checks hold it to what
 * carried over.
 */
public final class NextYear {
    static final String RULE = "NEXT";

    private final Path sourceDir;
    private final Function<Path, String> display;

    /**
     * @param sourceDir the source folder; a default target is found by replacing the year in the path below it
     * @param display   how messages name a path
     */
    public NextYear(Path sourceDir, Function<Path, String> display) {
        this.sourceDir = sourceDir.toAbsolutePath().normalize();
        this.display = display;
    }

    /** Writes next year's file and returns where; nothing is written when the source cannot be used or the target exists. */
    public Path run(Path from, Path to, boolean force) throws DocgenException {
        Path source = from.toAbsolutePath().normalize();
        DataFile last = read(source);
        GovInfoFormat format = GovInfoFormat.ofKind(last.kind()).orElseThrow(() -> fail(position(last, "kind"),
                "docgen:next starts next year's report of the built-in kinds " + GovInfoFormat.F2021.kind() + " and "
                        + GovInfoFormat.F2019.kind() + "; this file is of kind '" + last.kind() + "'"));
        if (!(last.root().get("year") instanceof DataNode.ScalarNode s && s.value() instanceof Long year)) {
            throw fail(position(last, "year"), "the file must state its year (year: 2023) for docgen:next to know the next one");
        }
        long next = year + 1;
        Path target = (to == null ? defaultTarget(source, year) : to.toAbsolutePath()).normalize();
        if (Files.exists(target) && !force) {
            throw fail(SourcePosition.ofFile(display.apply(target)), "exists already; -Ddocgen.force=true overwrites it");
        }
        GovInfoFormat nextFormat = NextYearReport.formatAfter(format, (int) next);
        String previous = SlashedPath.of(target.getParent().relativize(source));
        Map<String, Object> values = NextYearReport.values(format, last.values(), nextFormat, next, previous);
        String yaml = new ReportYaml(nextFormat).write(List.of(
                "Started by docgen:next from " + source.getFileName() + ": what carries over from " + year
                        + " is filled in, every other number is 0, the text is " + year + "'s, quoted as a guide."),
                values, NextYearReport.guides(last.values(), year));
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw fail(SourcePosition.ofFile(display.apply(target)), "cannot be written: " + e.getMessage());
        }
        return target;
    }

    /** The source's path below the source folder with the year replaced wherever it appears: 2023/x-2023.yaml → 2024/x-2024.yaml. */
    private Path defaultTarget(Path source, long year) throws DocgenException {
        Path base = source.startsWith(sourceDir) ? sourceDir : source.getParent();
        String relative = SlashedPath.of(base.relativize(source));
        String replaced = relative.replaceAll("(?<![0-9])" + year + "(?![0-9])", String.valueOf(year + 1));
        if (replaced.equals(relative)) {
            throw fail(SourcePosition.ofFile(display.apply(source)), "its path does not hold its year " + year
                    + ", so next year's file has no default place; give one with -Ddocgen.to=<data file>");
        }
        return base.resolve(replaced);
    }

    private DataFile read(Path source) throws DocgenException {
        if (!Files.isRegularFile(source)) {
            throw fail(SourcePosition.ofFile(display.apply(source)), "does not exist");
        }
        try {
            return new DataFileReader(DataLimits.DEFAULT).read(source, source.getFileName().toString(), display.apply(source));
        } catch (DataFileException e) {
            throw new DocgenException(Finding.error(e.position(), "DATA", e.reason()));
        }
    }

    private static SourcePosition position(DataFile file, String key) {
        DataNode node = file.root().get(key);
        return node == null ? file.root().position() : node.position();
    }

    private static DocgenException fail(SourcePosition at, String message) {
        return new DocgenException(Finding.error(at, RULE, message));
    }
}
