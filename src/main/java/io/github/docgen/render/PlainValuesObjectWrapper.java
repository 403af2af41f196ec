package io.github.docgen.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Exposes only maps, lists, strings, numbers and booleans to templates. Anything else (a Java
 * bean, a class) is refused, so a template can never reach methods of the host.
 */
final class PlainValuesObjectWrapper extends DefaultObjectWrapper {

    PlainValuesObjectWrapper() {
        super(builder(), true);
    }

    private static DefaultObjectWrapperBuilder builder() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        builder.setUseAdaptersForContainers(true);
        builder.setExposeFields(false);
        return builder;
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        throw new TemplateModelException("templates only see maps, lists and plain values, not " + obj.getClass().getSimpleName());
    }
}
