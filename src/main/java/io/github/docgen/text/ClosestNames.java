package io.github.docgen.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names closest to a misspelt one, for "did you mean" hints: the same name in another case,
 * or one within a few edits (a letter missing, extra, wrong, or two letters swapped).
 */
public final class ClosestNames {
    private static final int MAX_SUGGESTIONS = 3;

    private ClosestNames() {
    }

    /** Up to three candidates close enough to {@code name} to be what was meant, closest first. */
    public static List<String> to(String name, Collection<String> candidates) {
        record Scored(String name, int distance) {
        }
        int allowed = Math.max(1, Math.min(3, name.length() / 3));
        List<Scored> close = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            int distance = candidate.equalsIgnoreCase(name) ? 0 : distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed) {
                close.add(new Scored(candidate, distance));
            }
        }
        close.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return close.stream().limit(MAX_SUGGESTIONS).map(Scored::name).toList();
    }

    /** {@code (did you mean "a" or "b"?)}, or empty when nothing is close. */
    public static String hint(String name, Collection<String> candidates) {
        List<String> close = to(name, candidates);
        if (close.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" (did you mean ");
        for (int i = 0; i < close.size(); i++) {
            out.append(i == 0 ? "" : i == close.size() - 1 ? " or " : ", ").append('"').append(close.get(i)).append('"');
        }
        return out.append("?)").toString();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
