package io.github.docgen.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.docgen.govinfo.GovInfoFormat;

/**
 * The published reports the integration tests and the example import, made from reports whose
 * values are known (see {@link Reports}). Regenerate after changing the shapes:
 * {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/classpath) io.github.docgen.importer.ImportCorpus}
 * — or run {@code ImportCorpusTest}, which says which committed file is stale.
 */
public final class ImportCorpus {
    private ImportCorpus() {
    }

    /** Every file, by its path in the repository. */
    static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Object> transport = agency(Reports.distinct2021(), "某县交通运输局");
        files.put("it/import-file/published/jiaotong-2021.htm", PublishedPages.wordPastedGb2312(ReportShapes.of(GovInfoFormat.F2021, transport, true)));

        files.put("it/import-folder/published/a-gb2312.htm",
                PublishedPages.wordPastedGb2312(ReportShapes.of(GovInfoFormat.F2021, agency(Reports.distinct2021(), "某县堃镕镇人民政府"), true)));
        files.put("it/import-folder/published/b-cms.html", PublishedPages.cmsArticle(ReportShapes.of(GovInfoFormat.F2019, Reports.sample2019(), false)));
        files.put("it/import-folder/published/c-word.docx", PublishedWordFile.of(ReportShapes.of(GovInfoFormat.F2021, mistaken(), true)));

        files.put("examples/county/published/county-2021.html",
                PublishedPages.cmsArticle(ReportShapes.of(GovInfoFormat.F2021, agency(Reports.distinct2021(), "示例县人民政府"), false)));
        return files;
    }

    /** A report published with one mistake: 二、上年结转 · 自然人 one too many, so 一 + 二 ≠ 三（七） + 四 and its row's 总计 is off. */
    static Map<String, Object> mistaken() {
        Map<String, Object> report = agency(Reports.distinct2021(), "某县卫生健康委员会");
        @SuppressWarnings("unchecked")
        List<Object> carriedOver = (List<Object>) ReportShapes.map(report, "applications").get("carriedOver");
        carriedOver.set(0, (Long) carriedOver.get(0) + 1);
        return report;
    }

    private static Map<String, Object> agency(Map<String, Object> report, String agency) {
        report.put("agency", agency);
        report.put("intro", "根据《中华人民共和国政府信息公开条例》规定，现公布" + agency + report.get("year") + "年政府信息公开工作年度报告。");
        return report;
    }

    public static void main(String[] args) throws IOException {
        for (Map.Entry<String, byte[]> file : files().entrySet()) {
            Path path = Path.of(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
            System.out.println("wrote " + path);
        }
    }
}
