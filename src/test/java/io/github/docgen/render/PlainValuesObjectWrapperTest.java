package io.github.docgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.utility.DeepUnwrap;

/** The classes the wrapper recognises by class alone are wrapped exactly as the general way wraps them. */
class PlainValuesObjectWrapperTest {

    @Test
    void theShortcutWrapsAsTheGeneralWay() throws Exception {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        builder.setUseAdaptersForContainers(true);
        builder.setExposeFields(false);
        DefaultObjectWrapper general = builder.build();
        PlainValuesObjectWrapper wrapper = new PlainValuesObjectWrapper();
        Map<String, Object> linked = new LinkedHashMap<>();
        linked.put("a", 1L);
        List<Object> values = List.of("text", "", new BigDecimal("1.10"), 7L, 3, true, false, linked, new HashMap<>(linked),
                Collections.unmodifiableMap(linked), new ArrayList<>(List.of(1L, "x")), Collections.unmodifiableList(new ArrayList<>(List.of("y"))),
                new TreeMap<>(linked), List.of("z"), Map.of("k", "v"), 2.5d);
        for (Object value : values) {
            TemplateModel expected = general.wrap(value);
            TemplateModel got = wrapper.wrap(value);
            assertSame(expected.getClass(), got.getClass(), value.getClass().getName());
            assertEquals(DeepUnwrap.unwrap(expected), DeepUnwrap.unwrap(got), value.getClass().getName());
        }
        assertSame(general.wrap(true), wrapper.wrap(true));
        assertSame(general.wrap(null), wrapper.wrap(null));
    }
}
