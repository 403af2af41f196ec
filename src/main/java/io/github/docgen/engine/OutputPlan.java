package io.github.docgen.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.docgen.kind.KindTemplate;

/**
 * Decides every output path before anything is rendered, so a bad or clashing name fails the
 * build while nothing is written. {@code 2021/yutan.yaml} with version 1.0 gives
 * {@code 2021/yutan-1.0.html}; two templates with one extension add the template's name:
 * {@code 2021/yutan-1.0-web.html}.
 */
final class OutputPlan {
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final Pattern UNSAFE_CHARS = Pattern.compile("[\\x00-\\x1f<>:\"|?*\\\\]");
    private static final int MAX_NAME = 200;

    private OutputPlan() {
    }

    static List<PlannedOutput> plan(List<LoadedDocument> documents, String version, List<Finding> findings) {
        List<PlannedOutput> outputs = new ArrayList<>();
        Map<String, PlannedOutput> byLowerCase = new HashMap<>();
        for (LoadedDocument document : documents) {
            List<KindTemplate> templates = document.kind().templates();
            for (KindTemplate template : templates) {
                String path = pathFor(document, template, templates, version);
                String problem = problemWith(path);
                if (problem != null) {
                    findings.add(Finding.error(document.data().root().position(), "OUTPUT", "cannot write '" + path + "': " + problem));
                    continue;
                }
                PlannedOutput output = new PlannedOutput(document, template, path);
                PlannedOutput clash = byLowerCase.putIfAbsent(path.toLowerCase(Locale.ROOT), output);
                if (clash != null) {
                    findings.add(Finding.error(document.data().root().position(), "OUTPUT", "'" + path + "' would also be made from "
                            + clash.document().data().displayPath() + "; rename one of the two data files"));
                    continue;
                }
                outputs.add(output);
            }
        }
        return outputs;
    }

    private static String pathFor(LoadedDocument document, KindTemplate template, List<KindTemplate> all, String version) {
        String source = document.data().relativePath();
        int slash = source.lastIndexOf('/');
        String folder = slash < 0 ? "" : source.substring(0, slash + 1);
        String name = source.substring(slash + 1);
        String stem = name.substring(0, name.lastIndexOf('.'));
        boolean shared = all.stream().filter(t -> t.outputExtension().equals(template.outputExtension())).count() > 1;
        return folder + stem + "-" + version + (shared ? "-" + template.baseName() : "") + "." + template.outputExtension();
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
