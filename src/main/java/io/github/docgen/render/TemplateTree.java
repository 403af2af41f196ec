package io.github.docgen.render;

import freemarker.template.Template;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.diagnostic.SourcePosition;

/**
 * One FreeMarker tree of a compiled template (a text template has one, a Word template one per
 * part holding FreeMarker), and how a line and column of that tree are named to the maintainer.
 */
public record TemplateTree(Template template, Locator locator) {

    /** A template read from a file of its own: places are that file's lines and columns. */
    public static TemplateTree inFile(Template template, String displayName) {
        return new TemplateTree(template, new FileLocator(displayName));
    }

    /** Names a place of the tree the way the maintainer finds it: a file's line, or a Word paragraph. */
    public interface Locator {

        /** An error about what the maintainer wrote at this line and column of the tree. */
        Finding error(int line, int column, String rule, String message);

        /** The place alone, for listings: {@code 12:5}, or {@code word/document.xml paragraph 3 (table 1, row 2, cell 1)}. */
        String describe(int line, int column);
    }

    /** Places in a template file: {@code file:line:column}. */
    public record FileLocator(String displayName) implements Locator {
        @Override
        public Finding error(int line, int column, String rule, String message) {
            return Finding.error(new SourcePosition(displayName, line, column), rule, message);
        }

        @Override
        public String describe(int line, int column) {
            return line + ":" + column;
        }
    }
}
