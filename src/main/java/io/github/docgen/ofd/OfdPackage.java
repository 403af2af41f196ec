package io.github.docgen.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.dom4j.Element;
import org.ofdrw.core.basicStructure.doc.CT_CommonData;
import org.ofdrw.core.basicStructure.doc.CT_PageArea;
import org.ofdrw.core.basicStructure.doc.Document;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicStructure.ofd.OFD;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.ofd.docInfo.CustomDatas;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicStructure.pageTree.Pages;
import org.ofdrw.core.basicStructure.res.Res;
import org.ofdrw.core.basicStructure.res.resources.Fonts;
import org.ofdrw.core.basicType.ST_Loc;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.pkg.tool.ElemCup;

import io.github.docgen.ofd.PageDrawing.Drawn;
import io.github.docgen.ofd.PageDrawing.Glyph;
import io.github.docgen.ofd.PageDrawing.GlyphRun;
import io.github.docgen.ofd.PageDrawing.PathCommand;
import io.github.docgen.ofd.PageDrawing.Shape;
import io.github.docgen.pdf.PrintFonts;

/**
 * Writes the OFD package of laid-out pages: {@code OFD.xml}, {@code Doc_0/Document.xml} (the page
 * area of the first page, a page of another size has its own; the page list), {@code Doc_0/DocumentRes.xml} (the fonts), one
 * {@code Content.xml} per page and the fonts' subsets, zipped in that fixed order, every entry
 * stamped with the build time. Object ids are numbered in that order, so they too are the same on every build.
 */
final class OfdPackage {
    private static final String DOC = "Doc_0/";
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime DOS_TIME_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private final PrintFonts printFonts;
    /** The OFD font id of each PDF font name, in order of first use. */
    private final Map<String, Long> fontIds = new LinkedHashMap<>();
    private final Map<String, TreeSet<Integer>> codePoints = new LinkedHashMap<>();
    private long lastId;

    private OfdPackage(PrintFonts printFonts) {
        this.printFonts = printFonts;
    }

    static void write(List<PageDrawing> pages, PrintFonts fonts, OfdMetadata metadata, OutputStream out)
            throws IOException, MissingFontException {
        new OfdPackage(fonts).writeAll(pages, metadata, out);
    }

    private void writeAll(List<PageDrawing> pages, OfdMetadata metadata, OutputStream out) throws IOException, MissingFontException {
        // Fonts take the first ids: number them before the pages that use them.
        for (PageDrawing page : pages) {
            for (Drawn drawn : page.objects()) {
                if (drawn instanceof GlyphRun run) {
                    fontIds.computeIfAbsent(run.font(), name -> ++lastId);
                    TreeSet<Integer> used = codePoints.computeIfAbsent(run.font(), name -> new TreeSet<>());
                    run.glyphs().forEach(g -> g.text().codePoints().forEach(used::add));
                }
            }
        }
        List<byte[]> contents = new ArrayList<>(pages.size());
        List<Long> pageIds = new ArrayList<>(pages.size());
        String commonBox = pages.isEmpty() ? physicalBox(210, 297) : physicalBox(pages.get(0).width(), pages.get(0).height());
        for (PageDrawing page : pages) {
            pageIds.add(++lastId);
            contents.add(ElemCup.dump(content(page, commonBox)));
        }
        Map<String, byte[]> fontFiles = new LinkedHashMap<>();
        Fonts fontList = new Fonts();
        for (Map.Entry<String, Long> font : fontIds.entrySet()) {
            String file = "font_" + font.getValue() + ".ttf";
            fontList.addFont(fontResource(font.getKey(), font.getValue(), file, fontFiles));
        }
        Res res = new Res().setBaseLoc(ST_Loc.getInstance("Res"));
        if (!fontIds.isEmpty()) {
            res.addResource(fontList);
        }

        CT_PageArea area = new CT_PageArea();
        area.addOFDEntity("PhysicalBox", commonBox);
        CT_CommonData common = new CT_CommonData()
                .setMaxUnitID(lastId)
                .setPageArea(area)
                .addDocumentRes(ST_Loc.getInstance("DocumentRes.xml"));
        Pages pageList = new Pages();
        for (int i = 0; i < pages.size(); i++) {
            pageList.addPage(new org.ofdrw.core.basicStructure.pageTree.Page(pageIds.get(i), "Pages/Page_" + i + "/Content.xml"));
        }
        Document document = new Document().setCommonData(common).setPages(pageList);

        OFD ofd = new OFD(new DocBody().setDocInfo(docInfo(metadata)).setDocRoot(ST_Loc.getInstance(DOC + "Document.xml")));

        ZipOutputStream zip = new ZipOutputStream(out);
        LocalDateTime stamp = entryTime(metadata);
        put(zip, stamp, "OFD.xml", ElemCup.dump(ofd));
        put(zip, stamp, DOC + "Document.xml", ElemCup.dump(document));
        put(zip, stamp, DOC + "DocumentRes.xml", ElemCup.dump(res));
        for (int i = 0; i < contents.size(); i++) {
            put(zip, stamp, DOC + "Pages/Page_" + i + "/Content.xml", contents.get(i));
        }
        for (Map.Entry<String, byte[]> font : fontFiles.entrySet()) {
            put(zip, stamp, DOC + "Res/" + font.getKey(), font.getValue());
        }
        zip.finish(); // the caller owns the stream
    }

    private static CT_DocInfo docInfo(OfdMetadata metadata) {
        CT_DocInfo info = new CT_DocInfo().setDocID(metadata.documentId());
        if (metadata.title() != null) {
            info.setTile(metadata.title());
        }
        if (metadata.author() != null) {
            info.setAuthor(metadata.author());
        }
        LocalDate day = LocalDate.ofInstant(metadata.built(), ZoneOffset.UTC);
        info.setCreationDate(day).setModDate(day).setCreator("docgen-maven-plugin");
        CustomDatas custom = new CustomDatas();
        metadata.custom().forEach(custom::addCustomData);
        return info.setCustomDatas(custom);
    }

    /**
     * The physical box of a page of this size: A4 exactly when the PDF's page is A4 to a hundredth of
     * a millimetre (openhtmltopdf's A4 is 296.995 mm high, from its rounding to points).
     */
    static String physicalBox(double width, double height) {
        boolean a4 = Math.abs(width - 210) < 0.01 && Math.abs(height - 297) < 0.01;
        return a4 ? "0 0 210 297" : OfdNumbers.of(0, 0, width, height);
    }

    /** One page: one layer holding its text and paths in the order the PDF draws them; its own area if its size is not the first page's. */
    private Page content(PageDrawing page, String commonBox) {
        CT_Layer layer = new CT_Layer();
        layer.setObjID(++lastId);
        for (Drawn drawn : page.objects()) {
            if (drawn instanceof GlyphRun run) {
                layer.addPageBlock(text(run));
            } else if (drawn instanceof Shape shape) {
                layer.addPageBlock(path(shape));
            }
        }
        Page content = new Page();
        String box = physicalBox(page.width(), page.height());
        if (!box.equals(commonBox)) {
            CT_PageArea area = new CT_PageArea();
            area.addOFDEntity("PhysicalBox", box);
            content.setArea(area);
        }
        return content.setContent(new Content().addLayer(layer));
    }

    /**
     * A run as a text object: its box one em above the baseline to a quarter em under it, the
     * baseline at one em in it, each glyph placed by {@code DeltaX}. A glyph of two characters
     * (none in CJK text) puts its second character where it starts.
     */
    private TextObject text(GlyphRun run) {
        double left = run.left();
        double top = run.baseline() - run.size();
        TextObject text = new TextObject(++lastId);
        set(text, "Boundary", OfdNumbers.of(left, top, Math.max(run.right() - left, 0.001), run.size() * 1.25));
        text.setFont(fontIds.get(run.font()));
        set(text, "Size", OfdNumbers.of(run.size()));
        if (run.rgb() != 0) {
            text.setFillColor(color(run.rgb()));
        }
        StringBuilder chars = new StringBuilder();
        List<Double> positions = new ArrayList<>();
        for (Glyph glyph : run.glyphs()) {
            glyph.text().codePoints().forEach(c -> {
                chars.appendCodePoint(c);
                positions.add(glyph.x());
            });
        }
        double[] deltas = new double[positions.size() - 1];
        for (int i = 1; i < positions.size(); i++) {
            deltas[i - 1] = round(positions.get(i)) - round(positions.get(i - 1));
        }
        TextCode code = new TextCode().setContent(chars.toString());
        set(code, "X", OfdNumbers.of(positions.get(0) - left));
        set(code, "Y", OfdNumbers.of(run.size()));
        if (deltas.length > 0) {
            set(code, "DeltaX", OfdNumbers.of(deltas));
        }
        text.addTextCode(code);
        return text;
    }

    /** A path object, its box the path's bounds widened by half the line, its data relative to that box. */
    private PathObject path(Shape shape) {
        double pad = shape.stroke() ? shape.lineWidth() / 2 : 0;
        double left = shape.minX() - pad;
        double top = shape.minY() - pad;
        PathObject path = new PathObject(new org.ofdrw.core.basicType.ST_ID(++lastId));
        set(path, "Boundary", OfdNumbers.of(left, top, Math.max(shape.maxX() - shape.minX() + 2 * pad, 0.001),
                Math.max(shape.maxY() - shape.minY() + 2 * pad, 0.001)));
        if (shape.stroke()) {
            set(path, "LineWidth", OfdNumbers.of(shape.lineWidth()));
        } else {
            path.setStroke(false);
        }
        if (shape.fill()) {
            path.setFill(true);
            if (shape.evenOdd()) {
                path.setRule(org.ofdrw.core.graph.pathObj.Rule.Even_Odd);
            }
            path.setFillColor(color(shape.fillRgb()));
        }
        if (shape.stroke()) {
            path.setStrokeColor(color(shape.strokeRgb()));
        }
        StringBuilder data = new StringBuilder();
        for (PathCommand command : shape.commands()) {
            if (!data.isEmpty()) {
                data.append(' ');
            }
            data.append(command.operator());
            double[] p = command.points();
            for (int i = 0; i < p.length; i += 2) {
                data.append(' ').append(OfdNumbers.of(round(p[i]) - round(left))).append(' ').append(OfdNumbers.of(round(p[i + 1]) - round(top)));
            }
        }
        // As text: ofdrw-core's AbbreviatedData keeps its commands in a list that a copy of the element loses.
        path.addOFDEntity("AbbreviatedData", data.toString());
        return path;
    }

    private static double round(double mm) {
        return Math.round(mm * 1000) / 1000.0;
    }

    private static CT_Color color(int rgb) {
        return CT_Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private static void set(Element element, String attribute, String value) {
        element.addAttribute(attribute, value);
    }

    /** The font resource: the original TrueType file subset to the characters the document uses, {@code cmap} kept. */
    private CT_Font fontResource(String pdfName, long id, String file, Map<String, byte[]> files) throws IOException, MissingFontException {
        try (TrueTypeFont font = printFonts.open(pdfName)) {
            if (font == null) {
                throw new MissingFontException("the PDF uses the font " + pdfName + ", which is none of the build's fonts");
            }
            TTFSubsetter subsetter = new TTFSubsetter(font);
            codePoints.get(pdfName).forEach(subsetter::add);
            ByteArrayOutputStream subset = new ByteArrayOutputStream();
            subsetter.writeToStream(subset);
            files.put(file, subset.toByteArray());
            CT_Font resource = new CT_Font().setID(id).setFontName(font.getName()).setFontFile(file);
            String family = family(font);
            if (family != null) {
                resource.setFamilyName(family);
            }
            return resource;
        }
    }

    private static String family(TrueTypeFont font) throws IOException {
        if (font.getNaming() == null) {
            return null;
        }
        String english = null;
        for (NameRecord record : font.getNaming().getNameRecords()) {
            if (record.getNameId() == NameRecord.NAME_FONT_FAMILY_NAME && record.getPlatformId() == NameRecord.PLATFORM_WINDOWS
                    && record.getString() != null) {
                if (record.getLanguageId() == 0x804) {
                    return record.getString(); // the Chinese (PRC) family name, as Chinese systems list the font
                }
                if (english == null) {
                    english = record.getString();
                }
            }
        }
        return english != null ? english : font.getNaming().getFontFamily();
    }

    private static void put(ZipOutputStream zip, LocalDateTime stamp, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(stamp);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static LocalDateTime entryTime(OfdMetadata metadata) {
        LocalDateTime utc = LocalDateTime.ofInstant(metadata.built(), ZoneOffset.UTC).withNano(0);
        return utc.isBefore(ZIP_EPOCH) || utc.isAfter(DOS_TIME_END) ? ZIP_EPOCH : utc;
    }

    /** The PDF uses a font the build did not give it: cannot happen unless a template embeds its own. */
    static final class MissingFontException extends Exception {
        MissingFontException(String message) {
            super(message);
        }
    }
}
