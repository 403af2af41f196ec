package io.github.docgen.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A commit message read as a Conventional Commit (conventionalcommits.org 1.0.0): a header
 * {@code type(scope)!: description}, and a {@code BREAKING CHANGE:} (or {@code BREAKING-CHANGE:})
 * footer. A message that does not follow the form keeps its subject as description and no type.
 *
 * @param type           the type in lower case ({@code feat}, {@code fix}, ...), or null
 * @param scope          the scope, or null
 * @param description    the subject after the type, or the whole subject
 * @param breaking       a {@code !} after the type or scope, or a breaking-change footer
 * @param breakingChange the footer's text, or null
 */
record ConventionalCommit(String type, String scope, String description, boolean breaking, String breakingChange) {
    private static final Pattern HEADER = Pattern.compile("(?<type>[A-Za-z][A-Za-z0-9_-]*)(?:\\((?<scope>[^()\\r\\n]*)\\))?(?<bang>!)?: +(?<description>\\S.*)");
    private static final Pattern BREAKING_FOOTER = Pattern.compile("^BREAKING[ -]CHANGE: *(.*)$", Pattern.MULTILINE);
    /** The start of any footer ({@code Refs: #12}, {@code Reviewed-by: A}), which ends the one before. */
    private static final Pattern FOOTER_TOKEN = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9-]*(?:: | #)|BREAKING CHANGE: )");

    /** {@code subject}: the message's first line; {@code body}: the rest, footers included. */
    public static ConventionalCommit parse(String subject, String body) {
        String breakingChange = breakingFooter(body);
        Matcher header = HEADER.matcher(subject.strip());
        if (!header.matches()) {
            return new ConventionalCommit(null, null, subject.strip(), breakingChange != null, breakingChange);
        }
        String scope = header.group("scope");
        return new ConventionalCommit(header.group("type").toLowerCase(java.util.Locale.ROOT), scope == null || scope.isBlank() ? null : scope.strip(),
                header.group("description").strip(), header.group("bang") != null || breakingChange != null, breakingChange);
    }

    /** The breaking-change footer with its continuation lines, up to the next footer or the end. */
    private static String breakingFooter(String body) {
        Matcher footer = BREAKING_FOOTER.matcher(body);
        if (!footer.find()) {
            return null;
        }
        StringBuilder text = new StringBuilder(footer.group(1).strip());
        String[] rest = body.substring(footer.end()).split("\\R", -1);
        for (int i = 1; i < rest.length && !FOOTER_TOKEN.matcher(rest[i]).find(); i++) {
            text.append('\n').append(rest[i]);
        }
        return text.toString().strip();
    }
}
