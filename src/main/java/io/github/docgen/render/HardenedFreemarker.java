package io.github.docgen.render;

import java.util.Locale;
import java.util.TimeZone;

import freemarker.cache.TemplateLoader;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
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

    /** The configuration of one kind: its templates include files of that kind only. */
    public static Configuration forKind(io.github.docgen.kind.ReportKind kind) {
        return configuration(new KindTemplateLoader(kind));
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

    /**
     * Parser settings for one XML part of a Word template, layered over {@code cfg}: only
     * {@code [#...]} tags and {@code ${...}} interpolations are FreeMarker (Word turns {@code <} into
     * {@code &lt;}, and {@code #{} is ordinary text there), values are escaped by {@code valueFormat},
     * and whitespace is kept exactly as Word stored it.
     */
    public static TemplateConfiguration squareBracketMarkup(Configuration cfg, OutputFormat valueFormat) {
        TemplateConfiguration settings = new TemplateConfiguration();
        settings.setParentConfiguration(cfg);
        settings.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        settings.setInterpolationSyntax(Configuration.DOLLAR_INTERPOLATION_SYNTAX);
        settings.setOutputFormat(valueFormat);
        settings.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        settings.setWhitespaceStripping(false);
        return settings;
    }
}
