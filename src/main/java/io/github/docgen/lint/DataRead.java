package io.github.docgen.lint;

import java.util.List;

import io.github.docgen.render.TemplateTree;

/**
 * One value a template reads from the data: where it is written, the data path it reaches
 * ({@code applications.results.total[]}), and whether the kind's schema has that path.
 *
 * @param path      the data path, with {@code []} for any item of a list
 * @param written   the expression as the template writes it, up to this key: {@code c.nme}
 * @param locator   names the place, for messages and listings
 * @param line      line of the expression in its template tree
 * @param column    column of the expression in its template tree
 * @param unknownKey the key the schema does not have, or null when the schema has the path (or does not constrain it)
 * @param known     when unknown: the keys the schema has at that place, for "did you mean"
 * @param use       how the template uses the value read
 */
record DataRead(String path, String written, TemplateTree.Locator locator, int line, int column,
                       String unknownKey, List<String> known, Use use) {

    /** How a value read is used: as a whole (printed, tested, passed to a macro), as a step to a key of it, or through a name. */
    public enum Use { VALUE, STEP, NAMED }

    DataRead as(Use other) {
        return new DataRead(path, written, locator, line, column, unknownKey, known, other);
    }

    public boolean unknown() {
        return unknownKey != null;
    }

    /** Where it is, as a listing names it: {@code 12:5} or {@code word/document.xml paragraph 3}. */
    public String place() {
        return locator.describe(line, column);
    }
}
