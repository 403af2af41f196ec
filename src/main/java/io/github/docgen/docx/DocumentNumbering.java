package io.github.docgen.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import freemarker.core.Environment;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

/**
 * The ids a document must not repeat, handed out while one document renders. A picture in a
 * repeated paragraph gets a new {@code wp:docPr} id each time (Word calls a document with two
 * equal ones damaged); a footnote or endnote referenced from a repeated paragraph gets a copy of
 * its note per repetition, each under a new id (one note referenced three times shows empty
 * copies). The main document renders first, so the notes parts know every copy it asked for.
 */
final class DocumentNumbering {
    static final String DRAWING_ID = "docgen_drawing_id_";
    static final String NOTE_ID = "docgen_note_id_";
    static final String NOTE_COPIES = "docgen_note_copies_";
    /** The loop variable of a note's copies in the notes part. */
    static final String NOTE_COPY = "docgen_note_";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /** The first free id of each kind in the template: ids handed out start there, clear of every id Word wrote. */
    record FirstIds(int drawing, int footnote, int endnote) {

        /** Scans the template's parts once, when it is compiled. */
        static FirstIds of(Map<String, Document> parts) {
            int drawing = 0;
            int footnote = 0;
            int endnote = 0;
            for (Map.Entry<String, Document> part : parts.entrySet()) {
                if (!part.getKey().startsWith("word/")) {
                    continue;
                }
                drawing = Math.max(drawing, maxId(part.getValue().getElementsByTagNameNS(WP, "docPr"), null));
                footnote = Math.max(footnote, maxId(part.getValue().getElementsByTagNameNS(WordXml.W, "footnote"), WordXml.W));
                endnote = Math.max(endnote, maxId(part.getValue().getElementsByTagNameNS(WordXml.W, "endnote"), WordXml.W));
            }
            return new FirstIds(drawing + 1, footnote + 1, endnote + 1);
        }

        private static int maxId(NodeList elements, String namespace) {
            int max = 0;
            for (int i = 0; i < elements.getLength(); i++) {
                String id = ((Element) elements.item(i)).getAttributeNS(namespace, "id");
                try {
                    max = Math.max(max, Integer.parseInt(id.trim()));
                } catch (NumberFormatException e) {
                    // not a number Word wrote: nothing we hand out can clash with it
                }
            }
            return max;
        }
    }

    private int nextDrawing;
    private int nextFootnote;
    private int nextEndnote;
    /** Per note ("footnote 2"), the ids its references got in this document: its own first, then one per copy. */
    private final Map<String, List<String>> noteIds = new HashMap<>();

    DocumentNumbering(FirstIds first) {
        this.nextDrawing = first.drawing();
        this.nextFootnote = first.footnote();
        this.nextEndnote = first.endnote();
    }

    /** Makes the numbering callable from a part's template; as globals, no data key can stand in for them. */
    void setOn(Environment env) {
        env.setGlobalVariable(DRAWING_ID, (TemplateMethodModelEx) args -> new SimpleScalar(Integer.toString(nextDrawing++)));
        env.setGlobalVariable(NOTE_ID, (TemplateMethodModelEx) args -> new SimpleScalar(noteReference(text(args, 0), text(args, 1))));
        env.setGlobalVariable(NOTE_COPIES, (TemplateMethodModelEx) args -> sequence(noteCopies(text(args, 0), text(args, 1))));
    }

    /** The id a reference to note {@code id} gets: the note's own the first time, a new one for each repetition. */
    private String noteReference(String kind, String id) {
        List<String> ids = noteIds.computeIfAbsent(kind + " " + id, k -> new ArrayList<>());
        String given = ids.isEmpty() ? id : Integer.toString("endnote".equals(kind) ? nextEndnote++ : nextFootnote++);
        ids.add(given);
        return given;
    }

    /** The ids under which note {@code id} is written: its own, then one per repetition of its reference. */
    private List<String> noteCopies(String kind, String id) {
        List<String> ids = noteIds.get(kind + " " + id);
        return ids == null || ids.isEmpty() ? List.of(id) : ids;
    }

    private static String text(List<?> args, int index) throws TemplateModelException {
        return ((TemplateScalarModel) args.get(index)).getAsString();
    }

    private static TemplateSequenceModel sequence(List<String> ids) {
        return new TemplateSequenceModel() {
            @Override
            public TemplateModel get(int index) {
                return new SimpleScalar(ids.get(index));
            }

            @Override
            public int size() {
                return ids.size();
            }
        };
    }
}
