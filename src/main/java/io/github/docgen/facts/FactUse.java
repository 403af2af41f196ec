package io.github.docgen.facts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.github.docgen.kind.KindTemplate;

/**
 * Which fact names a kind's templates use: a name counts when it stands as a word inside
 * FreeMarker code ({@code ${...}}, {@code [#...]}, {@code <#...>}, {@code [@...]}, {@code [=...]}),
 * comments aside. Word templates are read as the text Word shows, so a tag split over runs counts.
 * A false match costs only a read; a name this misses leaves the template to fail on an undefined value.
 */
final class FactUse {
    private static final Pattern COMMENT = Pattern.compile("\\[#--.*?--]|<#--.*?-->", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\$\\{[^}]*}|\\[[#@=/][^\\]]*]|</?[#@][^>]*>");
    private static final Pattern XML_TAG = Pattern.compile("<[^>]*>");
    /** What is scanned of a Word template at most: the package's own checks refuse larger ones later. */
    private static final long MAX_WORD_TEXT = 64L * 1024 * 1024;

    private FactUse() {
    }

    static Set<String> namesUsed(Map<String, byte[]> kindFiles, Set<String> names) {
        StringBuilder code = new StringBuilder();
        kindFiles.forEach((path, bytes) -> {
            boolean template = KindTemplate.of(path).isPresent();
            boolean include = path.contains("/");
            if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
                if (template) {
                    code(wordText(bytes), code);
                }
            } else if (template || include) {
                code(new String(bytes, StandardCharsets.UTF_8), code);
            }
        });
        Set<String> used = new LinkedHashSet<>();
        for (String name : names) {
            if (Pattern.compile("(?<![\\w.$])" + Pattern.quote(name) + "(?![\\w$])").matcher(code).find()) {
                used.add(name);
            }
        }
        return used;
    }

    private static void code(String text, StringBuilder code) {
        Matcher m = CODE.matcher(COMMENT.matcher(text).replaceAll(""));
        while (m.find()) {
            code.append(m.group()).append('\n');
        }
    }

    /** The text of a Word template's XML parts with the markup taken out and the five entities read. */
    private static String wordText(byte[] docx) {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().startsWith("word/") && entry.getName().endsWith(".xml")) {
                    byte[] part = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_WORD_TEXT - text.length()));
                    text.append(XML_TAG.matcher(new String(part, StandardCharsets.UTF_8)).replaceAll(""));
                    if (text.length() >= MAX_WORD_TEXT) {
                        break;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a readable zip: the Word template compiler names the problem when it compiles it.
        }
        return text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
