package io.github.docgen.render;

import java.util.Locale;
import java.util.TimeZone;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * The one place FreeMarker is configured. Templates come from many hands, so nothing a template
 * says may reach the host: no {@code ?new}, no {@code ?api}, no beans, errors rethrown.
 */
public final class HardenedFreemarker {
    public static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_35;

    private HardenedFreemarker() {
    }

    public static Configuration configuration(TemplateLoader loader) {
        Configuration cfg = new Configuration(VERSION);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new PlainValuesObjectWrapper());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setLocalizedLookup(false);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
        cfg.setCustomNumberFormats(java.util.Map.of(PlainNumberFormat.NAME, PlainNumberFormat.FACTORY));
        cfg.setNumberFormat("@" + PlainNumberFormat.NAME);
        cfg.setBooleanFormat("c");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setOutputEncoding("UTF-8");
        cfg.setFallbackOnNullLoopVariable(false);
        return cfg;
    }
}
