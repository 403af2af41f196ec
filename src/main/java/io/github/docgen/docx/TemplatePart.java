package io.github.docgen.docx;

import java.util.List;

import freemarker.template.Template;

/**
 * One part of a Word template that holds FreeMarker: the compiled template of its XML, and where
 * each tag landed in that XML, so that FreeMarker's errors name the paragraph in Word instead of
 * a line of generated source.
 */
record TemplatePart(String name, Template template, List<PartTemplateSource.TagAt> tags, int[] lineStarts,
                    Template segmented, SegmentDirective segments) {

    /**
     * {@code template}: the part's XML as one template, for error locations and tests;
     * {@code segmented}: the same with its static stretches as precompressed segments, what renders.
     */
    static TemplatePart of(String name, Template template, Template segmented, PartTemplateSource source) {
        TemplatePart plain = of(name, template, source);
        SegmentDirective segments = new SegmentDirective(source.segments);
        segments.bind(segmented);
        return new TemplatePart(name, template, plain.tags(), plain.lineStarts(), segmented, segments);
    }

    static TemplatePart of(String name, Template template, PartTemplateSource source) {
        String text = source.out.toString();
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return new TemplatePart(name, template, List.copyOf(source.tagPositions), starts, null, null);
    }

    /** The tag at a FreeMarker line and column of the source, or null when none is there. */
    PartTemplateSource.TagAt tagAt(Integer line, Integer column) {
        return tagAt(tags, lineStarts, line, column);
    }

    static PartTemplateSource.TagAt tagAt(List<PartTemplateSource.TagAt> tags, int[] lineStarts, Integer line, Integer column) {
        if (line == null || line < 1 || line > lineStarts.length) {
            return null;
        }
        // FreeMarker counts a tab as advancing to the next multiple of 8 columns; Word text has tabs only as w:tab elements.
        int offset = lineStarts[line - 1] + (column == null ? 1 : column) - 1;
        PartTemplateSource.TagAt best = null;
        for (PartTemplateSource.TagAt t : tags) {
            if (t.start() <= offset) {
                best = t;
            }
            if (t.start() <= offset && offset < t.end()) {
                return t;
            }
        }
        return best;
    }
}
