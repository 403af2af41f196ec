package io.github.docgen.engine;

import io.github.docgen.diagnostic.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.docgen.kind.KindTemplate;

/**
 * Decides every output's path and classifier, and fails the build on a bad or clashing name before
 * any output is moved into place. {@code 2021/yutan.yaml} with version 1.0 gives
 * {@code 2021/yutan-1.0.html}; two templates with one extension add the template's name:
 * {@code 2021/yutan-1.0-web.html}.
 */
final class OutputPlan {
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final Pattern UNSAFE_CHARS = Pattern.compile("[\\x00-\\x1f<>:\"|?*\\\\]");
    private static final int MAX_NAME = 200;

    private final Map<String, PlannedOutput> byLowerCase = new HashMap<>();
    private final Map<String, PlannedOutput> byArtifact = new HashMap<>();

    /**
     * The outputs of one document (one per template of its kind), or a finding for each name that
     * cannot be written. Depends on the document alone, so workers call it while rendering.
     */
    static List<PlannedOutput> outputsOf(LoadedDocument document, String version, Set<String> formats, List<Finding> findings) {
        List<PlannedOutput> outputs = new ArrayList<>();
        List<KindTemplate> templates = document.kind().templates();
        for (KindTemplate template : templates) {
            if (!formats.isEmpty() && !formats.contains(template.outputExtension().toLowerCase(Locale.ROOT))) {
                continue; // names still count every template, so that choosing formats does not rename outputs
            }
            String path = pathFor(document, template, templates, version);
            String problem = problemWith(path);
            if (problem != null) {
                findings.add(Finding.error(document.data().root().position(), "OUTPUT", "cannot write '" + path + "': " + problem));
            } else {
                outputs.add(new PlannedOutput(document, template, path, classifierFor(document, template, templates)));
            }
        }
        return outputs;
    }

    /**
     * Adds one document's outputs to the plan, in file order; a finding for each output whose path
     * (ignoring case) or artifact classifier an earlier document already takes.
     */
    void add(List<PlannedOutput> outputs, List<Finding> findings) {
        for (PlannedOutput output : outputs) {
            PlannedOutput clash = byLowerCase.putIfAbsent(output.relativePath().toLowerCase(Locale.ROOT), output);
            String artifact = output.classifier().toLowerCase(Locale.ROOT) + "." + output.template().outputExtension();
            PlannedOutput artifactClash = clash == null ? byArtifact.putIfAbsent(artifact, output) : null;
            if (clash != null || artifactClash != null) {
                PlannedOutput other = clash != null ? clash : artifactClash;
                String what = clash != null ? "'" + output.relativePath() + "'"
                        : "the artifact classifier '" + output.classifier() + "' (" + output.relativePath() + ")";
                findings.add(Finding.error(output.document().data().root().position(), "OUTPUT", what + " would also be made from "
                        + other.document().data().displayPath() + "; rename one of the two data files"));
            }
        }
    }

    /** Every output path of the plan. */
    Set<String> paths() {
        return byLowerCase.values().stream().map(PlannedOutput::relativePath).collect(Collectors.toSet());
    }

    private static String pathFor(LoadedDocument document, KindTemplate template, List<KindTemplate> all, String version) {
        String source = document.data().relativePath();
        int slash = source.lastIndexOf('/');
        String folder = slash < 0 ? "" : source.substring(0, slash + 1);
        String name = source.substring(slash + 1);
        String stem = name.substring(0, name.lastIndexOf('.'));
        return folder + stem + "-" + version + (sharesExtension(template, all) ? "-" + template.baseName() : "") + "."
                + template.outputExtension();
    }

    /**
     * The Maven classifier: the source's path under src/docgen without extension, '/' as '-'
     * ({@code 2021/yutan.yaml} → {@code 2021-yutan}), plus the template's name where the kind has
     * two templates of one extension. Characters Maven coordinates dislike become '_'.
     */
    private static String classifierFor(LoadedDocument document, KindTemplate template, List<KindTemplate> all) {
        String source = document.data().relativePath();
        String base = source.substring(0, source.lastIndexOf('.')).replace('/', '-');
        if (sharesExtension(template, all)) {
            base += "-" + template.baseName();
        }
        StringBuilder out = new StringBuilder();
        base.codePoints().forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '_'));
        return out.toString();
    }

    private static boolean sharesExtension(KindTemplate template, List<KindTemplate> all) {
        return all.stream().filter(t -> t.outputExtension().equals(template.outputExtension())).count() > 1;
    }

    private static String problemWith(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "empty or relative path segment";
            }
            if (segment.length() > MAX_NAME) {
                return "a name longer than " + MAX_NAME + " characters";
            }
            if (UNSAFE_CHARS.matcher(segment).find()) {
                return "a name with a character that is not allowed in file names";
            }
            if (WINDOWS_RESERVED.matcher(segment).matches()) {
                return "a name that Windows reserves";
            }
            if (segment.endsWith(".") || segment.endsWith(" ")) {
                return "a name ending in a dot or a space";
            }
        }
        return null;
    }
}
