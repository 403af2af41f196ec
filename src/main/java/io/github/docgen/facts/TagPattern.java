package io.github.docgen.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tags name a release: comma-separated globs, {@code *} any characters, {@code ?} one,
 * {@code [0-9]} one of a set. {@code v[0-9]*, [0-9]*, my-app-[0-9]*} takes v1.2.0, 1.2.0 and
 * my-app-1.2.0 (maven-release-plugin's default tag name).
 */
public final class TagPattern {
    private final String text;
    private final List<Pattern> globs = new ArrayList<>();

    public TagPattern(String text) {
        this.text = text;
        for (String glob : text.split(",")) {
            if (!glob.isBlank()) {
                globs.add(Pattern.compile(regex(glob.strip())));
            }
        }
        if (globs.isEmpty()) {
            throw new IllegalArgumentException("a tag pattern needs at least one glob, e.g. v*");
        }
    }

    /** The default: tags that name a version, with or without a leading v or the artifact id. */
    public static TagPattern versionsOf(String artifactId) {
        return new TagPattern("v[0-9]*, [0-9]*, " + artifactId + "-[0-9]*");
    }

    public boolean matches(String tag) {
        return globs.stream().anyMatch(glob -> glob.matcher(tag).matches());
    }

    @Override
    public String toString() {
        return text;
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            int close = c == '[' ? glob.indexOf(']', i + 2) : -1;
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (close > 0) {
                String set = glob.substring(i + 1, close);
                regex.append('[').append(set.startsWith("!") ? "^" + quoteSet(set.substring(1)) : quoteSet(set)).append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** A set's characters taken literally, but for ranges ({@code 0-9}). */
    private static String quoteSet(String set) {
        StringBuilder quoted = new StringBuilder();
        for (char c : set.toCharArray()) {
            quoted.append(c == '-' ? "-" : Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
        }
        return quoted.toString();
    }
}
