package io.github.docgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;

/**
 * Pins the FreeMarker settings the hostile-inputs checklist asks for: a change to any of them
 * has to change this test too, on purpose. (FreeMarker 2.3.35's defaults allow ?new on Execute.)
 */
class HardenedFreemarkerTest {
    private final Configuration cfg = HardenedFreemarker.configuration(new StringTemplateLoader());

    @Test
    void theSettingsAreTheHardenedOnes() {
        assertEquals(Configuration.VERSION_2_3_35, cfg.getIncompatibleImprovements());
        assertSame(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER, cfg.getNewBuiltinClassResolver());
        assertFalse(cfg.isAPIBuiltinEnabled());
        assertInstanceOf(PlainValuesObjectWrapper.class, cfg.getObjectWrapper());
        assertSame(TemplateExceptionHandler.RETHROW_HANDLER, cfg.getTemplateExceptionHandler());
        assertFalse(cfg.getLogTemplateExceptions());
        assertFalse(cfg.getLocalizedLookup());
        assertEquals(Configuration.AUTO_DETECT_TAG_SYNTAX, cfg.getTagSyntax());
        assertEquals("@plain", cfg.getNumberFormat());
        assertEquals(Locale.ROOT, cfg.getLocale());
        assertEquals("UTC", cfg.getTimeZone().getID());
        assertEquals(true, cfg.getRecognizeStandardFileExtensions(), "*.ftlh escapes HTML, *.ftlx XML");
    }

    @Test
    void onlyMapsListsAndPlainValuesReachTemplates() throws Exception {
        assertEquals("x", cfg.getObjectWrapper().wrap(Map.of("a", "x")) instanceof freemarker.template.TemplateHashModel h
                ? h.get("a").toString() : null);
        assertThrows(TemplateModelException.class, () -> cfg.getObjectWrapper().wrap(new java.io.File("/etc/passwd")));
        assertThrows(TemplateModelException.class, () -> cfg.getObjectWrapper().wrap(Thread.currentThread()));
    }
}
