package io.github.docgen.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import freemarker.core.Expression;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.TemplateException;

/**
 * Reads FreeMarker's own parse tree: the parameters of each node (the expression of a
 * {@code ${...}}, the source and loop variables of a {@code #list}, the target of an assignment)
 * and the child elements of a directive. Whatever reads templates statically (the schema check,
 * {@code inspect}) goes through here, so this project has no second parser of FreeMarker syntax.
 *
 * <p>FreeMarker keeps the parameter methods of {@link TemplateObject} package-private (its own
 * tools use them); they are opened once here by reflection. {@code FreemarkerAstTest} pins what
 * this class relies on against the FreeMarker version the build uses.
 */
public final class FreemarkerAst {

    /** One parameter of a node: its role as FreeMarker names it ({@code "list source"}) and its value. */
    public record Param(String role, Object value) {
    }

    private static final Method COUNT = open(TemplateObject.class, "getParameterCount");
    private static final Method VALUE = open(TemplateObject.class, "getParameterValue", int.class);
    private static final Method ROLE = open(TemplateObject.class, "getParameterRole", int.class);
    private static final Method SYMBOL = open(TemplateObject.class, "getNodeTypeSymbol");
    private static final Method BLAMED = open(TemplateException.class, "getBlamedExpression");

    private FreemarkerAst() {
    }

    private static Method open(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method method = type.getDeclaredMethod(name, parameters);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("this FreeMarker version has no " + type.getSimpleName() + "." + name, e);
        }
    }

    public static List<Param> params(TemplateObject node) {
        int count = (Integer) call(COUNT, node);
        List<Param> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Param(String.valueOf(call(ROLE, node, i)), call(VALUE, node, i)));
        }
        return out;
    }

    /** The first parameter with this role, or null. */
    public static Object param(TemplateObject node, String role) {
        for (Param p : params(node)) {
            if (p.role().equals(role)) {
                return p.value();
            }
        }
        return null;
    }

    /** What FreeMarker calls the node: {@code #list}, {@code ${...}}, {@code .}, {@code ?size}, or an identifier's name. */
    public static String symbol(TemplateObject node) {
        return (String) call(SYMBOL, node);
    }

    /** The class FreeMarker parsed the node into ({@code Dot}, {@code Identifier}, {@code IteratorBlock}...). */
    public static String type(TemplateObject node) {
        return node.getClass().getSimpleName();
    }

    public static List<TemplateElement> children(TemplateElement element) {
        List<TemplateElement> out = new ArrayList<>(element.getChildCount());
        for (int i = 0; i < element.getChildCount(); i++) {
            out.add((TemplateElement) element.getChildAt(i));
        }
        return out;
    }

    /** The expression a render error is about ({@code a.b} of {@code ${a.b}}), or null. */
    public static Expression blamed(TemplateException e) {
        return (Expression) call(BLAMED, e);
    }

    private static Object call(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
