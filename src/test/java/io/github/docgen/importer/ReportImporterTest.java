package io.github.docgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.docgen.diagnostic.Finding;
import io.github.docgen.govinfo.GovInfoFormat;
import io.github.docgen.govinfo.KindChecks;
import io.github.docgen.govinfo.ReportYaml;

/** Each published shape of a report imports to the data file it was made from, number for number and paragraph for paragraph. */
class ReportImporterTest {
    @TempDir
    Path dir;

    static Stream<Arguments> publishedShapes() {
        Function<PublishedShape, byte[]> gb2312 = PublishedPages::wordPastedGb2312;
        Function<PublishedShape, byte[]> cms = PublishedPages::cmsArticle;
        Function<PublishedShape, byte[]> word = PublishedWordFile::of;
        return Stream.of(
                Arguments.of("word-pasted GB2312 page, 2021", "yutan.htm", gb2312, GovInfoFormat.F2021, true),
                Arguments.of("CMS article, 2021", "yutan.html", cms, GovInfoFormat.F2021, false),
                Arguments.of("Word file, 2021", "yutan.docx", word, GovInfoFormat.F2021, true),
                Arguments.of("word-pasted GB2312 page, 2019", "sample.htm", gb2312, GovInfoFormat.F2019, true),
                Arguments.of("CMS article, 2019", "sample.html", cms, GovInfoFormat.F2019, true),
                Arguments.of("Word file, 2019", "sample.docx", word, GovInfoFormat.F2019, false),
                Arguments.of("Word file numbering its headings itself, 2021", "yutan.docx",
                        (Function<PublishedShape, byte[]>) shape -> PublishedWordFile.of(shape, true), GovInfoFormat.F2021, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedShapes")
    void importsEveryNumberAndParagraphAsPublished(String name, String file, Function<PublishedShape, byte[]> publish,
            GovInfoFormat format, boolean variantLabels) throws Exception {
        Map<String, Object> published = format == GovInfoFormat.F2021 ? Reports.distinct2021() : Reports.sample2019();
        byte[] source = publish.apply(ReportShapes.of(format, published, variantLabels));

        ReportImporter.Imported imported = new ReportImporter().read(source, file, file);

        assertEquals(List.of(), imported.findings().stream().map(Finding::toString).toList());
        assertEquals(format, imported.format());
        assertEquals(published, imported.values());
        String yaml = new ReportYaml(format).write(List.of("imported from " + file), imported.values(), Map.of());
        assertEquals(List.of(), KindChecks.findings(dir, "src/docgen/x.yaml", yaml), "a clean report imports clean");
    }
}
