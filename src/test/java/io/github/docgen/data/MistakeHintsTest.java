package io.github.docgen.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.docgen.diagnostic.Finding;

/**
 * Mistakes clerks make, each reported at the line where it was made, with the fix: a file saved
 * as GBK, a '#' that YAML took for the start of a comment, a tab, a full-width colon.
 */
class MistakeHintsTest {
    private final DataFileReader reader = new DataFileReader(DataLimits.DEFAULT);

    private String error(byte[] bytes) {
        return assertThrows(DataFileException.class, () -> reader.parse(bytes, "a.yaml", "a.yaml")).getMessage();
    }

    private String error(String yaml) {
        return error(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> warnings(String yaml) throws DataFileException {
        return reader.parse(yaml.getBytes(StandardCharsets.UTF_8), "a.yaml", "a.yaml").warnings().stream().map(Finding::toString).toList();
    }

    @Test
    void aFileSavedAsGbkIsNamedAsSuch() {
        byte[] gbk = "kind: memo\nintro: 第1号文件\n".getBytes(Charset.forName("GBK"));
        assertEquals("a.yaml:2:8: invalid UTF-8 at byte offset 18; the file looks like GBK (GB18030, the Chinese encoding of Windows): save it as UTF-8",
                error(gbk));
        byte[] gb18030 = "kind: memo\nagency: 玉潭镇人民政府\n".getBytes(Charset.forName("GB18030"));
        assertEquals("a.yaml:2:9: invalid UTF-8 at byte offset 19; the file looks like GBK (GB18030, the Chinese encoding of Windows): save it as UTF-8",
                error(gb18030));
        byte[] latin1 = "kind: memo\nname: café\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("a.yaml:2:10: invalid UTF-8 at byte offset 20", error(latin1), "not Chinese: no guess");
        byte[] utf8WithOneBadByte = "kind: memo\nintro: 第1号文件X\n".getBytes(StandardCharsets.UTF_8);
        utf8WithOneBadByte[utf8WithOneBadByte.length - 2] = (byte) 0xFF; // the X
        assertEquals("a.yaml:2:21: invalid UTF-8 at byte offset 31", error(utf8WithOneBadByte), "UTF-8 with a flaw is not GBK");
    }

    @Test
    void aHashThatCutsATextShortIsAWarningWithTheQuotedText() throws Exception {
        assertEquals(List.of("a.yaml:2:8: DATA the text '第1号' ends where '#2 文件' begins, which YAML reads as a comment:"
                        + " quote the text if # belongs to it ('第1号 #2 文件')"),
                warnings("kind: memo\nintro: 第1号 #2 文件\n"));
        assertEquals(List.of("a.yaml:1:8: DATA the text '年报' ends where '# 标题' begins, which YAML reads as a comment:"
                        + " quote the text if # belongs to it ('年报 # 标题')"),
                warnings("title: 年报 # 标题\n"), "one space before the '#' is how a text with a '#' is typed");
        assertEquals(List.of("a.yaml:1:9: DATA the text 'it's' ends where '#1' begins, which YAML reads as a comment:"
                        + " quote the text if # belongs to it ('it''s #1')"),
                warnings("items: [it's #1\n  , b]\n"));
        assertEquals(List.of("a.yaml:1:8: DATA the text '😀 a' ends where '#b' begins, which YAML reads as a comment:"
                        + " quote the text if # belongs to it ('😀 a #b')"),
                warnings("first: 😀 a #b\n"), "after characters beyond the BMP");
    }

    @Test
    void commentsSetApartAndCommentsAfterNumbersOrQuotesAreComments() throws Exception {
        assertEquals(List.of(), warnings("agency: 某局  # 报告机关\nn: 5 #3\nq: 'a' #b\nempty: #c\ntext: a#b\n"));
        assertEquals(List.of(), warnings(java.nio.file.Files.readString(Path.of("templates/gov-info-annual-2021/sample.yaml"))));
        assertEquals(List.of(), warnings(java.nio.file.Files.readString(Path.of("templates/gov-info-annual-2019/sample.yaml"))));
        assertEquals(List.of("a.yaml:1:4: DATA the text 'x' ends where '#y' begins, which YAML reads as a comment:"
                        + " quote the text if # belongs to it ('x #y')"),
                warnings("a: &t x #y\nb: *t\nc: *t\n"), "one warning for a text however many aliases repeat it");
    }

    @Test
    void aTabIsCalledWhatItIsWhereItIs() {
        assertEquals("a.yaml:2:13: a tab after 'licensing:': YAML separates with spaces, not tabs; replace the tab with a space",
                error("proactive:\n  licensing:\t0\n  penalty: 0\n"));
        assertEquals("a.yaml:2:1: a tab in the indentation: YAML indents with spaces only; replace the tab with spaces",
                error("proactive:\n\tlicensing: 0\n"));
    }

    @Test
    void aFullWidthColonIsReportedOnItsOwnLine() {
        String fix = ": YAML needs an ASCII colon and a space, as in ";
        assertEquals("a.yaml:1:5: a full-width colon '：' after 'kind'" + fix + "'kind: …'", error("kind：gov-info-annual-2021\nagency: 某局\nyear: 2021\n"));
        assertEquals("a.yaml:2:7: a full-width colon '：' after 'agency'" + fix + "'agency: …'", error("kind: memo\nagency：某局\nyear: 2021\n"));
        assertEquals("a.yaml:3:5: a full-width colon '：' after 'year'" + fix + "'year: …'", error("kind: memo\nagency: 某局\nyear：2021\n"));
        assertEquals("a.yaml:3:12: a full-width colon '：' after 'licensing'" + fix + "'licensing: …'",
                error("kind: memo\nproactive:\n  licensing：0\n  penalty: 0\n"));
        assertEquals("a.yaml:2:7: YAML syntax: mapping values are not allowed here", error("title: 说明：见下\nbad: a: b\n"),
                "a full-width colon inside a text is no mistake");
    }
}
