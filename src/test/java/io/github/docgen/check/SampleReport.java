package io.github.docgen.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a kind's sample report, changed a number at a time: test data whose positions are
 * those of a real file. Lines and numbers count from 1, as an editor shows them; comments are
 * never touched.
 */
final class SampleReport {
    static final Path SAMPLE_2021 = Path.of("templates/gov-info-annual-2021/sample.yaml");
    static final Path SAMPLE_2019 = Path.of("templates/gov-info-annual-2019/sample.yaml");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d+)?(?![\\w.])");

    private final List<String> lines;

    private SampleReport(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    static SampleReport of(Path sample) {
        try {
            return new SampleReport(Files.readString(sample, StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the {@code nth} number on {@code line} (before any comment) with {@code text}. */
    SampleReport number(int line, int nth, String text) {
        String old = lines.get(line - 1);
        int comment = old.indexOf(" #");
        String code = comment < 0 ? old : old.substring(0, comment);
        Matcher m = NUMBER.matcher(code);
        for (int i = 0; i < nth; i++) {
            if (!m.find()) {
                throw new IllegalArgumentException("line " + line + " has fewer than " + nth + " numbers: " + old);
            }
        }
        List<String> changed = new ArrayList<>(lines);
        changed.set(line - 1, old.substring(0, m.start()) + text + old.substring(m.end()));
        return new SampleReport(changed);
    }

    /** Where every number of the report stands, as (line, nth) pairs for {@link #number}. */
    List<int[]> numberPlaces() {
        List<int[]> places = new ArrayList<>();
        for (int line = 1; line <= lines.size(); line++) {
            String old = lines.get(line - 1);
            int comment = old.indexOf(" #");
            Matcher m = NUMBER.matcher(comment < 0 ? old : old.substring(0, comment));
            for (int nth = 1; m.find(); nth++) {
                places.add(new int[] {line, nth});
            }
        }
        return places;
    }

    /** Replaces the first occurrence of {@code from} on {@code line}. */
    SampleReport replace(int line, String from, String to) {
        String old = lines.get(line - 1);
        if (!old.contains(from)) {
            throw new IllegalArgumentException("line " + line + " has no '" + from + "': " + old);
        }
        List<String> changed = new ArrayList<>(lines);
        changed.set(line - 1, old.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return new SampleReport(changed);
    }

    /** Adds lines at the end (such as {@code previous: ../2021/a.yaml}). */
    SampleReport append(String text) {
        List<String> changed = new ArrayList<>(lines);
        changed.addAll(text.lines().toList());
        return new SampleReport(changed);
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }
}
