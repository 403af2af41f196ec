package io.github.docgen.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Exposes only maps, lists, strings, numbers and booleans to templates. Anything else (a Java
 * bean, a class) is refused, so a template can never reach methods of the host.
 */
final class PlainValuesObjectWrapper extends DefaultObjectWrapper {
    private static final Class<?> UNMODIFIABLE_MAP = Collections.unmodifiableMap(new HashMap<>()).getClass();
    private static final Class<?> UNMODIFIABLE_LIST = Collections.unmodifiableList(new ArrayList<>()).getClass();

    PlainValuesObjectWrapper() {
        super(builder(), true);
    }

    private static DefaultObjectWrapperBuilder builder() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        builder.setUseAdaptersForContainers(true);
        builder.setExposeFields(false);
        return builder;
    }

    /**
     * The classes data is read as (see DataNode), recognised by their class alone and wrapped as
     * {@link DefaultObjectWrapper#wrap} wraps them; everything else goes the general way. A template
     * wraps a value on every access ({@code a.b[3]} is three), and the general way tests it
     * against a list of types first.
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj != null) {
            Class<?> type = obj.getClass();
            if (type == String.class) {
                return new SimpleScalar((String) obj);
            }
            if (type == BigDecimal.class || type == Long.class || type == Integer.class) {
                return new SimpleNumber((Number) obj);
            }
            if (type == UNMODIFIABLE_MAP || type == LinkedHashMap.class || type == HashMap.class) {
                return DefaultMapAdapter.adapt((Map<?, ?>) obj, this);
            }
            if (type == UNMODIFIABLE_LIST || type == ArrayList.class) {
                return DefaultListAdapter.adapt((List<?>) obj, this);
            }
            if (type == Boolean.class) {
                return (Boolean) obj ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
            }
        }
        return super.wrap(obj);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        throw new TemplateModelException("templates only see maps, lists and plain values, not " + obj.getClass().getSimpleName());
    }
}
