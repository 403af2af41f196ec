package io.github.docgen.docx;

import static io.github.docgen.docx.DocxFixture.p;
import static io.github.docgen.docx.DocxFixture.r;
import static io.github.docgen.docx.DocxFixture.table;
import static io.github.docgen.docx.DocxFixture.tc;
import static io.github.docgen.docx.DocxFixture.tr;
import static io.github.docgen.docx.WordTemplates.model;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.DocgenException;

/**
 * A rendered part is its template's static stretches, deflated once, with the values between
 * them (see {@link SegmentDirective}). Whatever the template does — loops, conditionals,
 * assignments that capture output, macros — and whatever the values, the part must inflate to
 * exactly the XML the plain template renders.
 */
class PrecompressedPartsTest {

    private static final byte[] LOOPS_AND_CONDITIONALS = DocxFixture.body(
            p(r("Report of ${agency}")),
            p(r("[#list rows as row]")),
            p(r("${row.name}: [#if row.n > 1]many (${row.n})[#elseif row.n == 1]one[#else]none[/#if]")),
            p(r("[/#list]")),
            table(2,
                    tr(tc("", p(r("Name"))), tc("", p(r("Count")))),
                    tr(tc("", p(r("[#list rows as row]${row.name}"))), tc("", p(r("${row.n}[/#list]"))))),
            p(r("[#assign captured]&lt;${agency}&gt; [#list rows as row]${row.n}[#sep], [/#list][/#assign]Captured: ${captured}")),
            p(r("[#macro twice body][#nested][#nested][/#macro][@twice body=1]x${agency}y[/@twice]")),
            p(r("[#if missing??]never[#else]${empty}|${empty}[/#if]")),
            p(r("Text: ${text}")),
            p(r("End."))).zip();

    @Test
    void loopsConditionalsCapturesAndMacrosInflateToThePlainRender() throws Exception {
        assertPartsAreThePlainRender(LOOPS_AND_CONDITIONALS, model("agency", "玉潭镇 & Co", "empty", "", "text", "short",
                "rows", List.of(row("a", 0), row("b", 1), row("c", 2), row("d", 12345))));
    }

    @Test
    void noRowsAndEmptyValuesInflateToThePlainRender() throws Exception {
        assertPartsAreThePlainRender(LOOPS_AND_CONDITIONALS, model("agency", "", "empty", "", "text", "", "rows", List.of()));
    }

    @Test
    void valuesLongerThanAStoredBlockInflateToThePlainRender() throws Exception {
        String longText = "政府信息公开 <&> \n".repeat(6000); // about 130 KB of UTF-8, line breaks become w:br
        assertPartsAreThePlainRender(LOOPS_AND_CONDITIONALS, model("agency", "x".repeat(70_000), "empty", "", "text", longText,
                "rows", List.of(row(longText, 3), row("", 0))));
    }

    @Test
    void manyRowsUseEveryContextAndStayReproducible() throws Exception {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(row("r" + i, i * 7919 % 100_003));
        }
        Map<String, Object> data = model("agency", "A", "empty", "", "text", "t", "rows", rows);
        assertPartsAreThePlainRender(LOOPS_AND_CONDITIONALS, data);
        var template = WordTemplates.compile(LOOPS_AND_CONDITIONALS);
        byte[] first = bytes(template, data);
        bytes(template, model("agency", "B", "empty", "", "text", "other", "rows", rows.subList(0, 3)));
        assertArrayEquals(first, bytes(template, data), "compressed stretches cached by other documents change no byte");
        assertArrayEquals(first, bytes(WordTemplates.compile(LOOPS_AND_CONDITIONALS), data), "a fresh compile gives the same bytes");
    }

    private static Map<String, Object> row(String name, int n) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", name);
        row.put("n", (long) n);
        return row;
    }

    private static void assertPartsAreThePlainRender(byte[] docx, Map<String, Object> data) throws Exception {
        DocxTemplate template = (DocxTemplate) WordTemplates.compile(docx);
        Map<String, byte[]> parts = unzip(bytes(template, data));
        assertTrue(template.renderedParts().size() >= 1);
        for (TemplatePart part : template.renderedParts()) {
            String plain = template.renderPlain(part, data, Long.MAX_VALUE);
            assertEquals(plain, new String(parts.get(part.name()), StandardCharsets.UTF_8), part.name());
        }
    }

    private static byte[] bytes(io.github.docgen.render.CompiledTemplate template, Map<String, Object> data) throws DocgenException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.render(data, out);
        return out.toByteArray();
    }

    /** Reads every entry through the JDK's inflater, which checks each CRC and size. */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
