package io.github.docgen.wordml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * What Word refuses and LibreOffice forgives is found, and Office's extensions are read as the
 * markup-compatibility rules of ECMA-376 Part 3 say: ignored where declared ignorable, the
 * fallback of an alternate content taken when its choice needs a namespace the schemas lack.
 */
class TransitionalSchemaTest {
    private static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

    @Test
    void aValidDocumentHasNoViolation() {
        assertEquals(List.of(), TransitionalSchema.violations(docx("", "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>")));
    }

    @Test
    void anElementOutOfSchemaOrderIsNamedWithItsPart() {
        List<String> violations = TransitionalSchema.violations(docx("", "<w:p><w:r><w:t>x</w:t></w:r><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:p>"));

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("word/document.xml: /w:document[1]/w:body[1]/w:p[1]/w:pPr[1]: Expected element"),
                violations.get(0));
    }

    @Test
    void anAttributeInTheWrongPlaceIsFound() {
        List<String> violations = TransitionalSchema.violations(docx("", "<w:p w:val=\"1\"><w:r><w:t>x</w:t></w:r></w:p>"));

        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("val"), violations.get(0));
    }

    @Test
    void ignorableExtensionsAreIgnoredAndTheFallbackOfAnAlternateContentIsValidated() {
        String body = "<w:p w14:paraId=\"1A2B3C4D\"><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp/></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:t>shape</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
                + "<w14:wrapper><w:p/></w14:wrapper>";
        assertEquals(List.of(), TransitionalSchema.violations(docx("mc:Ignorable=\"w14\"", body)));

        String badFallback = "<w:p><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r/></mc:Choice>"
                + "<mc:Fallback><w:tbl/></mc:Fallback></mc:AlternateContent></w:p>";
        assertTrue(TransitionalSchema.violations(docx("", badFallback)).get(0).contains("/w:p[1]/w:tbl[1]"),
                "the fallback is what is validated");
    }

    @Test
    void processContentKeepsTheChildrenOfAnIgnoredElement() {
        String body = "<w14:wrapper><w:p><w:r><w:t>kept</w:t></w:r></w:p><w:bogus/></w14:wrapper>";
        List<String> violations = TransitionalSchema.violations(docx("mc:Ignorable=\"w14\" mc:ProcessContent=\"w14:wrapper\"", body));

        assertEquals(1, violations.size(), "the bogus child is validated in the body: " + violations);
        assertTrue(violations.get(0).contains("w:bogus"), violations.get(0));
    }

    @Test
    void anExtensionThatIsNotIgnorableOrMustBeUnderstoodIsAViolation() {
        List<String> notIgnorable = TransitionalSchema.violations(docx("", "<w:p w14:paraId=\"1A2B3C4D\"/>"));
        assertTrue(notIgnorable.get(0).contains("w14:paraId of http://schemas.microsoft.com/office/word/2010/wordml, which is neither understood nor ignorable"),
                notIgnorable.toString());

        List<String> mustUnderstand = TransitionalSchema.violations(docx("mc:Ignorable=\"w14\" mc:MustUnderstand=\"w14\"", "<w:p/>"));
        assertTrue(mustUnderstand.get(0).contains("mc:MustUnderstand names w14"), mustUnderstand.toString());
    }

    @Test
    void aPackageWithoutMainDocumentIsNotAWordDocument() {
        assertEquals(List.of("the package has no word/document.xml"), TransitionalSchema.violations(zip("word/other.xml", "<x/>")));
    }

    private static byte[] docx(String rootAttributes, String body) {
        return zip("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + NAMESPACES + " "
                + rootAttributes + "><w:body>" + body + "</w:body></w:document>");
    }

    private static byte[] zip(String name, String xml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
