package io.github.docgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.core.InvalidReferenceException;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;

/**
 * Pins what the static readers rely on in FreeMarker's parse tree, which FreeMarker does not
 * promise to keep: when an upgrade changes a node or a parameter role, this fails first.
 */
class FreemarkerAstTest {

    @Test
    void aListDirectiveHasItsSourceAndLoopVariableAsParameters() throws Exception {
        TemplateElement list = first("[#list a.items as i]${i.name}[/#list]");
        assertEquals("IteratorBlock", FreemarkerAst.type(list));
        assertEquals("#list", FreemarkerAst.symbol(list));
        TemplateObject source = (TemplateObject) FreemarkerAst.param(list, "list source");
        assertEquals("Dot", FreemarkerAst.type(source));
        assertEquals("a.items", source.getCanonicalForm());
        assertEquals("i", FreemarkerAst.param(list, "target loop variable"));
        TemplateElement interpolation = FreemarkerAst.children(list).get(0);
        TemplateObject content = (TemplateObject) FreemarkerAst.param(interpolation, "content");
        assertEquals(List.of("left-hand operand", "right-hand operand"), FreemarkerAst.params(content).stream().map(FreemarkerAst.Param::role).toList());
        assertEquals("Identifier", FreemarkerAst.type((TemplateObject) FreemarkerAst.param(content, "left-hand operand")));
        assertEquals("name", FreemarkerAst.param(content, "right-hand operand"));
    }

    @Test
    void assignmentsMacrosBuiltInsAndLambdasNameTheirParts() throws Exception {
        TemplateElement assign = first("[#assign r = a.b]");
        assertEquals("Assignment", FreemarkerAst.type(assign));
        assertEquals("r", FreemarkerAst.param(assign, "assignment target"));
        TemplateElement macro = first("[#macro m x y=1][/#macro]");
        assertEquals(List.of("x", "y"), FreemarkerAst.params(macro).stream().filter(p -> p.role().equals("parameter name"))
                .map(FreemarkerAst.Param::value).toList());
        TemplateObject filter = (TemplateObject) FreemarkerAst.param(first("${xs?filter(x -> x.ok)?size}"), "content");
        assertEquals("?size", FreemarkerAst.symbol(filter));
        TemplateObject inner = (TemplateObject) FreemarkerAst.param(filter, "left-hand operand");
        TemplateObject lambda = (TemplateObject) FreemarkerAst.param(inner, "argument value");
        assertEquals("LocalLambdaExpression", FreemarkerAst.type(lambda));
        assertEquals("x", ((TemplateObject) FreemarkerAst.param(lambda, "argument name")).getCanonicalForm());
    }

    @Test
    void aRenderErrorNamesTheExpressionItBlames() throws Exception {
        Template template = parse("${a.b}");
        InvalidReferenceException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidReferenceException.class,
                () -> template.process(Map.of("a", Map.of("c", 1)), new java.io.StringWriter()));
        assertEquals("a.b", FreemarkerAst.blamed(e).getCanonicalForm());
        assertNull(FreemarkerAst.param(FreemarkerAst.blamed(e), "no such role"));
    }

    private static TemplateElement first(String source) throws Exception {
        TemplateElement root = parse(source).getRootTreeNode();
        return FreemarkerAst.type(root).equals("MixedContent") ? FreemarkerAst.children(root).get(0) : root;
    }

    private static Template parse(String source) throws Exception {
        var cfg = HardenedFreemarker.configuration(new freemarker.cache.StringTemplateLoader());
        return new Template("t.ftl", new StringReader(source), cfg);
    }
}
