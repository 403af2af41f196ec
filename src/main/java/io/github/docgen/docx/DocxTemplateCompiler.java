package io.github.docgen.docx;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import freemarker.core.ParseException;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import io.github.docgen.diagnostic.SourcePosition;
import io.github.docgen.diagnostic.DocgenException;
import io.github.docgen.diagnostic.Finding;
import io.github.docgen.kind.KindTemplate;
import io.github.docgen.kind.ReportKind;
import io.github.docgen.render.CompiledTemplate;
import io.github.docgen.render.FormatCompiler;
import io.github.docgen.render.HardenedFreemarker;
import io.github.docgen.render.RenderLimits;
import io.github.docgen.render.RenderWatchdog;

/**
 * Turns a {@code .docx} of a kind into a {@link DocxTemplate}, once per build: checks the zip and
 * every XML part, reads the FreeMarker the maintainer typed into the body, headers, footers and
 * notes across Word's runs, places each directive, and compiles each such part into one
 * FreeMarker template of its XML. Every problem of the template is reported before any document
 * is rendered.
 */
public final class DocxTemplateCompiler implements FormatCompiler {
    static final String MAIN_DOCUMENT = "word/document.xml";
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String PACKAGE_RELS = "_rels/.rels";
    private static final Pattern TEMPLATE_PARTS = Pattern.compile("word/(document|header\\d*|footer\\d*|footnotes|endnotes)\\.xml");
    private static final String CORE_RELATIONSHIP = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private static final String CORE_CONTENT_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";
    private static final String DEFAULT_CORE_PART = "docProps/core.xml";
    private static final String CUSTOM_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
    private static final String CUSTOM_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    private static final String DEFAULT_CUSTOM_PART = "docProps/custom.xml";

    private final RenderLimits limits;

    public DocxTemplateCompiler(RenderLimits limits) {
        this.limits = limits;
    }

    /** {@code cfg}: the kind's hardened FreeMarker configuration, whose settings every part template shares. */
    @Override
    public CompiledTemplate compile(ReportKind kind, KindTemplate template, Configuration cfg) throws DocgenException {
        String displayName = kind.displayName(template.fileName());
        byte[] zip = kind.file(template.fileName()).orElseThrow(() -> new DocgenException(
                Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", "the template file is missing")));
        return compile(zip, displayName, template.fileName(), cfg, limits);
    }

    static DocxTemplate compile(byte[] zip, String displayName, String fileName, Configuration cfg, RenderLimits limits)
            throws DocgenException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (PackageEntry entry : DocxPackageScan.scan(zip, displayName)) {
            parts.put(entry.name(), entry.bytes());
        }
        for (String required : List.of(CONTENT_TYPES, PACKAGE_RELS, MAIN_DOCUMENT)) {
            if (!parts.containsKey(required)) {
                throw fail(displayName, "is not a Word document: the package has no " + required);
            }
        }
        Map<String, Document> xml = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                xml.put(part.getKey(), SecureXml.parse(part.getValue(), displayName, part.getKey()));
            }
        }
        Document styles = xml.get("word/styles.xml");
        String cycle = styles == null ? null : StyleChains.cycle(styles);
        if (cycle != null) {
            throw fail(displayName, "word/styles.xml: the styles are based on each other in a circle: " + cycle);
        }

        TemplateConfiguration settings = HardenedFreemarker.squareBracketMarkup(cfg, WordTextOutputFormat.INSTANCE);
        List<Finding> findings = new ArrayList<>();
        Map<String, DocxTemplate.Entry> entries = new LinkedHashMap<>();
        parts.keySet().forEach(name -> entries.put(name, null)); // the template's order
        Map<String, Set<String>> repeatedNotes = new HashMap<>();
        // The main document first: the notes parts copy the notes that its repeated blocks reference.
        List<String> compileOrder = new ArrayList<>(parts.keySet());
        compileOrder.remove(MAIN_DOCUMENT);
        compileOrder.add(0, MAIN_DOCUMENT);
        for (String name : compileOrder) {
            TemplatePart compiled = TEMPLATE_PARTS.matcher(name).matches()
                    ? compilePart(xml.get(name), name, displayName, cfg, settings, findings, repeatedNotes) : null;
            entries.put(name, compiled == null ? new DocxTemplate.Fixed(name, parts.get(name)) : new DocxTemplate.Rendered(name, compiled));
        }
        if (!findings.isEmpty()) {
            throw new DocgenException(findings);
        }
        addProperties(entries, xml, fileName);
        return new DocxTemplate(displayName, ordered(entries), DocumentNumbering.FirstIds.of(xml), limits);
    }

    /** The compiled part, or null when the part holds no FreeMarker and is copied as it is. */
    private static TemplatePart compilePart(Document dom, String name, String displayName, Configuration cfg,
            TemplateConfiguration settings, List<Finding> findings, Map<String, Set<String>> repeatedNotes) {
        PartContext ctx = new PartContext(displayName, name, dom);
        List<ParagraphContent> paragraphs = new ArrayList<>();
        for (Element p : WordXml.all(dom, "p")) {
            paragraphs.add(RunNormaliser.normalise(p, ctx));
        }
        boolean hasTags = paragraphs.stream().anyMatch(ParagraphContent::hasTags);
        if (ctx.findings.isEmpty() && hasTags) {
            DirectivePlacement.place(paragraphs, ctx);
        }
        if (!ctx.findings.isEmpty()) {
            findings.addAll(ctx.findings);
            return null;
        }
        if (hasTags) {
            RepeatedObjects.renumber(ctx, repeatedNotes);
        }
        String notes = name.equals("word/footnotes.xml") ? "footnote" : name.equals("word/endnotes.xml") ? "endnote" : null;
        boolean copiesNotes = notes != null && NoteCopies.wrap(ctx, notes, repeatedNotes.getOrDefault(notes, Set.of()));
        boolean boundControls = BoundControls.update(ctx);
        if (!hasTags && !copiesNotes && !boundControls) {
            return null;
        }
        PartTemplateSource source = PartTemplateSource.write(dom, ctx.tags, ctx.attributeTags);
        try {
            Template template = RenderWatchdog.interruptible(
                    new Template(displayName + "!" + name, null, new StringReader(source.out.toString()), cfg, settings, null));
            Template segmented = RenderWatchdog.interruptible(
                    new Template(displayName + "!" + name, null, new StringReader(source.segmented.toString()), cfg, settings, null));
            return TemplatePart.of(name, template, segmented, source);
        } catch (ParseException e) {
            PartTemplateSource.TagAt tag = TemplatePart.tagAt(source.tagPositions, TemplatePart.of(name, null, source).lineStarts(),
                    e.getLineNumber(), e.getColumnNumber());
            String where = tag == null ? name : name + " " + tag.where();
            String message = e.getEditorMessage() == null ? "syntax error" : e.getEditorMessage().split("\\R")[0];
            findings.add(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE",
                    where + ": syntax: " + message + (tag == null ? "" : " in \"" + tag.source() + "\"")));
            return null;
        } catch (IOException e) {
            findings.add(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", name + ": " + e.getMessage()));
            return null;
        }
    }

    /**
     * Every document gets core properties (title, author, version, dates) and the docgen custom
     * properties (version, commit, source, kind, status) from its model.
     */
    private static void addProperties(Map<String, DocxTemplate.Entry> entries, Map<String, Document> xml, String fileName) {
        String core = propertiesPart(entries, xml, CORE_RELATIONSHIP, CORE_CONTENT_TYPE, DEFAULT_CORE_PART, "rIdDocgenCore");
        entries.put(core, new DocxTemplate.Core(core, CoreProperties.of(xml.get(core), fileName)));
        String custom = propertiesPart(entries, xml, CUSTOM_RELATIONSHIP, CUSTOM_CONTENT_TYPE, DEFAULT_CUSTOM_PART, "rIdDocgenCustom");
        entries.put(custom, new DocxTemplate.Custom(custom, CustomProperties.of(xml.get(custom))));
    }

    /**
     * The template's properties part of this type; when it has none, the part is added with its
     * relationship and content type, so Word and archives find it.
     */
    private static String propertiesPart(Map<String, DocxTemplate.Entry> entries, Map<String, Document> xml, String relationshipType,
            String contentType, String defaultPart, String relationshipId) {
        String part = packagePart(xml, relationshipType);
        if (part == null) {
            part = defaultPart;
            String rel = "<Relationship Id=\"" + relationshipId + "\" Type=\"" + relationshipType + "\" Target=\"" + part + "\"/>";
            entries.put(PACKAGE_RELS, new DocxTemplate.Fixed(PACKAGE_RELS, insertBeforeEnd(entries.get(PACKAGE_RELS), "</Relationships>", rel)));
        }
        if (!hasOverride(xml.get(CONTENT_TYPES), "/" + part)) {
            String override = "<Override PartName=\"/" + part + "\" ContentType=\"" + contentType + "\"/>";
            entries.put(CONTENT_TYPES, new DocxTemplate.Fixed(CONTENT_TYPES, insertBeforeEnd(entries.get(CONTENT_TYPES), "</Types>", override)));
        }
        return part;
    }

    /** The part a package-level relationship of this type points at, or null. */
    private static String packagePart(Map<String, Document> xml, String relationshipType) {
        for (Element rel : relationships(xml.get(PACKAGE_RELS))) {
            if (relationshipType.equals(rel.getAttribute("Type"))) {
                String target = rel.getAttribute("Target");
                return target.startsWith("/") ? target.substring(1) : target;
            }
        }
        return null;
    }

    private static List<Element> relationships(Document rels) {
        List<Element> out = new ArrayList<>();
        var list = rels.getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static boolean hasOverride(Document types, String partName) {
        var list = types.getElementsByTagNameNS("*", "Override");
        for (int i = 0; i < list.getLength(); i++) {
            if (partName.equalsIgnoreCase(((Element) list.item(i)).getAttribute("PartName"))) {
                return true;
            }
        }
        return false;
    }

    /** Adds one element to a small package file without re-serialising what Word wrote. */
    private static byte[] insertBeforeEnd(DocxTemplate.Entry entry, String endTag, String element) {
        String text = new String(((DocxTemplate.Fixed) entry).bytes(), StandardCharsets.UTF_8);
        int at = text.lastIndexOf(endTag);
        if (at < 0) { // an empty root written as <Types .../>
            at = text.lastIndexOf("/>");
            return (text.substring(0, at) + ">" + element + endTag + text.substring(at + 2)).getBytes(StandardCharsets.UTF_8);
        }
        return (text.substring(0, at) + element + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** The content types first, as Word writes them; then the template's order; added entries last. */
    private static List<DocxTemplate.Entry> ordered(Map<String, DocxTemplate.Entry> entries) {
        List<DocxTemplate.Entry> out = new ArrayList<>();
        out.add(entries.get(CONTENT_TYPES));
        entries.values().stream().filter(e -> !e.name().equals(CONTENT_TYPES)).forEach(out::add);
        return out;
    }

    private static DocgenException fail(String displayName, String message) {
        return new DocgenException(Finding.error(SourcePosition.ofFile(displayName), "TEMPLATE", message));
    }
}
