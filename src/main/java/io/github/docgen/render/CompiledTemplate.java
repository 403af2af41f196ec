package io.github.docgen.render;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import io.github.docgen.diagnostic.DocgenException;

/** A template compiled once per build, rendered once per document. Safe to share between threads. */
public interface CompiledTemplate {

    /** Renders the model to {@code out}; on failure, throws with the template location and writes nothing usable. */
    void render(Map<String, Object> model, OutputStream out) throws DocgenException;

    /** The FreeMarker trees the template renders through, for reading it without rendering (checks, {@code inspect}). */
    default List<TemplateTree> trees() {
        return List.of();
    }

    /** Where each directive acts, for templates whose directives act on more than text (Word); empty for the others. */
    default List<PlacedDirective> directives() {
        return List.of();
    }
}
