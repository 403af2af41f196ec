package io.github.docgen.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Finds the font of each {@link OfficialFamily} once per build: in the configured folders, then in
 * the system's font folders, else the open font shipped with the plugin (with a warning naming it,
 * or an error under {@code requireFonts}). In configured folders a font is recognised by its file
 * name or the family names in its name table; in system folders, where thousands of fonts may lie,
 * by its file name only.
 */
final class FontCatalog {
    private static final String SHIPPED = "/io/github/docgen/pdf/fonts/";
    private static final int MAX_DEPTH = 4;

    private FontCatalog() {
    }

    /** The chosen fonts and the warnings to log; throws (naming every problem) when a font is refused or required but missing. */
    static ChosenFonts choose(PdfSettings settings) throws FontProblemsException {
        Map<OfficialFamily, FontFace> chosen = new EnumMap<>(OfficialFamily.class);
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Path> configured = fontFiles(settings.fontDirectories(), errors);
        List<Path> system = settings.systemFonts() ? fontFiles(systemFolders(), null) : List.of();
        Map<String, FontFace> shipped = new HashMap<>();
        for (OfficialFamily family : OfficialFamily.values()) {
            FontFace face = find(family, configured, true, errors);
            if (face == null) {
                face = find(family, system, false, warnings);
            }
            if (face == null) {
                String what = family.cssName() + " (" + String.join(", ", family.familyNames()) + ")";
                if (settings.requireFonts()) {
                    errors.add("no font for " + what + " in " + searched(settings) + " and docgen.requireFonts is set");
                    continue;
                }
                warnings.add("no font for " + what + " in " + searched(settings) + "; PDFs use the shipped " + family.fallbackName()
                        + " instead");
                face = shipped.computeIfAbsent(family.fallbackFile(), FontCatalog::shipped);
            }
            chosen.put(family, face);
        }
        if (!errors.isEmpty()) {
            throw new FontProblemsException(errors);
        }
        return new ChosenFonts(chosen, warnings);
    }

    private static FontFace find(OfficialFamily family, List<Path> files, boolean byName, List<String> problems) {
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                if (family.fileNames().contains(name) || byName && namedAs(file, family)) {
                    return FontFace.read(file.toString(), Files.readAllBytes(file), family.familyNames());
                }
            } catch (FontFace.FontRefusedException e) {
                problems.add(e.getMessage());
            } catch (IOException | RuntimeException e) {
                problems.add(file + ": cannot read the font: " + e.getMessage());
            }
        }
        return null;
    }

    /** Whether a (non-collection) font's name table names one of the family's names. */
    private static boolean namedAs(Path file, OfficialFamily family) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ttf") && !name.endsWith(".otf")) {
            return false;
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)))) {
            return FontFace.familyNames(font).stream().anyMatch(n -> FontFace.contains(family.familyNames(), n));
        } catch (IOException e) {
            return false; // a CFF font the TrueType parser cannot read is recognised by its file name, and refused then
        }
    }

    private static List<Path> fontFiles(List<Path> folders, List<String> errors) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                if (errors != null) {
                    errors.add(folder + ": the configured font directory does not exist");
                }
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
                walk.filter(Files::isRegularFile).filter(FontCatalog::isFontFile).sorted().forEach(files::add);
            } catch (IOException | RuntimeException e) {
                if (errors != null) {
                    errors.add(folder + ": cannot list the font directory: " + e.getMessage());
                }
            }
        }
        return files;
    }

    private static boolean isFontFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf") || name.endsWith(".otc");
    }

    /** The font folders of Windows, macOS and Linux that exist here. */
    static List<Path> systemFolders() {
        List<Path> folders = new ArrayList<>();
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            folders.add(Path.of(windows, "Fonts"));
        }
        String home = System.getProperty("user.home");
        folders.add(Path.of("/Library/Fonts"));
        folders.add(Path.of("/System/Library/Fonts"));
        folders.add(Path.of(home, "Library", "Fonts"));
        folders.add(Path.of("/usr/share/fonts"));
        folders.add(Path.of("/usr/local/share/fonts"));
        folders.add(Path.of(home, ".local", "share", "fonts"));
        folders.add(Path.of(home, ".fonts"));
        return folders.stream().filter(Files::isDirectory).toList();
    }

    private static String searched(PdfSettings settings) {
        List<String> where = new ArrayList<>();
        if (!settings.fontDirectories().isEmpty()) {
            where.add("the font directories " + settings.fontDirectories());
        }
        if (settings.systemFonts()) {
            where.add("the system's font folders");
        }
        return where.isEmpty() ? "no folder" : String.join(" or ", where);
    }

    private static FontFace shipped(String resource) {
        try (InputStream in = FontCatalog.class.getResourceAsStream(SHIPPED + resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin's font " + resource + " is missing from its jar");
            }
            return FontFace.read("the shipped " + resource, in.readAllBytes(), List.of());
        } catch (IOException | FontFace.FontRefusedException e) {
            throw new IllegalStateException("the plugin's font " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The font of every family, and one warning per family that falls back to a shipped font. */
    record ChosenFonts(Map<OfficialFamily, FontFace> fonts, List<String> warnings) {
    }

    /** Refused or missing fonts, each message naming the file or family. */
    static final class FontProblemsException extends Exception {
        private final List<String> problems;

        FontProblemsException(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}
