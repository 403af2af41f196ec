package io.github.docgen.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.github.docgen.text.XmlSafeText;
import io.github.docgen.diagnostic.CheckResult;
import io.github.docgen.diagnostic.Finding;

/**
 * The check result in the JUnit XML form CI servers read: a test suite {@code docgen-checks}, one
 * test case per data file and rule (class name = the file, name = the rule id). Errors fail a test
 * case; warnings appear as its output, and fail it only under failOnWarning, as they fail the build.
 */
final class JUnitCheckReport {

    private JUnitCheckReport() {
    }

    static void write(CheckResult result, boolean failOnWarning, OutputStream out) throws IOException {
        try {
            // Through a Writer: given the stream itself, the JDK's writer encodes and writes one byte
            // at a time, which cost most of a 10,000-file build's report time.
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            int tests = result.files().stream().mapToInt(f -> f.rules().size()).sum();
            long failures = result.files().stream().mapToLong(f -> f.rules().stream()
                    .filter(rule -> !failing(f, rule, failOnWarning).isEmpty()).count()).sum();
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "docgen-checks");
            xml.writeAttribute("tests", String.valueOf(tests));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            xml.writeCharacters("\n");
            for (CheckResult.CheckedFile file : result.files()) {
                for (String rule : file.rules()) {
                    testCase(xml, file, rule, failOnWarning);
                }
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            text.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void testCase(XMLStreamWriter xml, CheckResult.CheckedFile file, String rule, boolean failOnWarning)
            throws XMLStreamException {
        List<Finding> failing = failing(file, rule, failOnWarning);
        List<Finding> other = file.findings().stream().filter(f -> f.rule().equals(rule) && !failing.contains(f)).toList();
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", file.file());
        xml.writeAttribute("name", rule);
        xml.writeAttribute("file", file.file());
        xml.writeAttribute("time", "0");
        if (!failing.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", rule);
            xml.writeAttribute("message", clean(failing.get(0).toString()) + (failing.size() > 1 ? " (and " + (failing.size() - 1) + " more)" : ""));
            xml.writeCharacters(clean(lines(failing)));
            xml.writeEndElement();
        }
        if (!other.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(lines(other)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static List<Finding> failing(CheckResult.CheckedFile file, String rule, boolean failOnWarning) {
        return file.findings().stream().filter(f -> f.rule().equals(rule) && (f.isError() || failOnWarning)).toList();
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f).collect(Collectors.joining("\n"));
    }

    /** XML 1.0 cannot hold most control characters; a message quoting data may carry one (the project's one policy). */
    private static String clean(String text) {
        return XmlSafeText.clean(text);
    }
}
