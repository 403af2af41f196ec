package io.github.docgen.pdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.docgen.data.DataLimits;
import io.github.docgen.engine.DocumentGenerator;
import io.github.docgen.engine.OutputOptions;
import io.github.docgen.engine.TestProject;
import io.github.docgen.render.RenderLimits;

class PdfSmokeTest {
    @Test
    void renders() throws Exception {
        Path work = Path.of("target/pdf-smoke");
        String yaml = Files.readString(Path.of("templates/gov-info-annual-2021/sample.yaml"), StandardCharsets.UTF_8);
        String y19 = Files.readString(Path.of("templates/gov-info-annual-2019/sample.yaml"), StandardCharsets.UTF_8);
        TestProject project = new TestProject(work).file("src/docgen/2021/yutan.yaml", yaml.replace("\nintro:", "\ndate: 2022-01-20\nintro:"))
                .file("src/docgen/2019/s.yaml", y19);
        List<String> warnings = new ArrayList<>();
        long t = System.nanoTime();
        new DocumentGenerator(List.of(), DataLimits.DEFAULT, RenderLimits.DEFAULT)
                .withOutputs(new OutputOptions(Set.of("pdf"), new PdfSettings(List.of(), false, false), warnings::add))
                .generate(project.request("1.0-SNAPSHOT"));
        System.out.println("ms " + (System.nanoTime() - t) / 1_000_000);
        warnings.forEach(System.out::println);
    }
}
