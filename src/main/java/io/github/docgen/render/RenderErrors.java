package io.github.docgen.render;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import freemarker.core.Environment;
import freemarker.core.Expression;
import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import io.github.docgen.text.ClosestNames;

/**
 * The errors of one render, collected so that one build names every value a document misses
 * (five missing cells of a table are five messages of one build, not five builds). A missing
 * value is recorded and the render goes on past it, writing nothing there; any other error, one
 * inside {@code #attempt}, or the {@value #MAX_ERRORS}th, stops the render as before. Whatever
 * was recorded fails the document: its output is never used.
 *
 * <p>Each missing value gets its hint while the render still holds the state it failed in: the
 * keys its parent actually holds ("did you mean"); the engine adds the data file being rendered.
 */
public final class RenderErrors implements TemplateExceptionHandler {
    public static final int MAX_ERRORS = 20;
    private static final int LISTED_KEYS = 8;

    /** One error, and what the data held where it happened ("" when nothing useful). */
    public record Failure(TemplateException exception, String hint) {
    }

    private final List<Failure> failures = new ArrayList<>();

    /** Collects the errors of a render of {@code env}; call before {@code env.process()}. */
    public static RenderErrors attachTo(Environment env) {
        RenderErrors errors = new RenderErrors();
        env.setTemplateExceptionHandler(errors);
        return errors;
    }

    @Override
    public void handleTemplateException(TemplateException te, Environment env, Writer out) throws TemplateException {
        if (env.isInAttemptBlock()) {
            throw te; // #attempt/#recover decides, as without this handler
        }
        failures.add(new Failure(te, te instanceof InvalidReferenceException ? hint(te, env) : ""));
        if (!(te instanceof InvalidReferenceException) || failures.size() >= MAX_ERRORS) {
            throw te;
        }
    }

    /** Every failure in render order; {@code last}, the exception that stopped the render (if any), is included once. */
    public List<Failure> failures(TemplateException last) {
        List<Failure> out = new ArrayList<>(failures);
        if (last != null && out.stream().noneMatch(f -> f.exception() == last)) {
            out.add(new Failure(last, ""));
        }
        return out;
    }

    public boolean isEmpty() {
        return failures.isEmpty();
    }

    /** {@code the data has no "titel" here (did you mean "title"?)}, from what the missing value's parent holds. */
    static String hint(TemplateException te, Environment env) {
        try {
            Expression blamed = FreemarkerAst.blamed(te);
            if (blamed == null) {
                return "";
            }
            String key;
            Set<String> keys;
            switch (FreemarkerAst.type(blamed)) {
                case "Identifier" -> {
                    key = blamed.getCanonicalForm();
                    keys = names(env.getKnownVariableNames());
                    keys.removeAll(names(env.getConfiguration().getSharedVariableNames())); // FreeMarker's own, not data
                    keys.removeIf(name -> name.startsWith("docgen_")); // what the Word compiler adds to its templates
                }
                case "Dot" -> {
                    key = (String) FreemarkerAst.param(blamed, "right-hand operand");
                    keys = keysOf(((Expression) FreemarkerAst.param(blamed, "left-hand operand")).getAsTemplateModel(env));
                }
                default -> {
                    return "";
                }
            }
            if (keys == null) {
                return "";
            }
            String hint = ClosestNames.hint(key, keys);
            if (hint.isEmpty() && !keys.isEmpty() && keys.size() <= LISTED_KEYS) {
                hint = " (it has " + String.join(", ", keys) + ")";
            }
            return "the data has no \"" + key + "\" here" + hint; // the engine names the data file (RenderFailure)
        } catch (TemplateException | RuntimeException e) {
            return ""; // a hint is a courtesy: never let it hide the error itself
        }
    }

    private static Set<String> keysOf(TemplateModel value) throws TemplateModelException {
        if (!(value instanceof TemplateHashModelEx hash)) {
            return null;
        }
        Set<String> keys = new TreeSet<>();
        for (TemplateModelIterator it = hash.keys().iterator(); it.hasNext(); ) {
            if (it.next() instanceof TemplateScalarModel s) {
                keys.add(s.getAsString());
            }
        }
        return keys;
    }

    private static Set<String> names(Set<?> names) {
        Set<String> out = new TreeSet<>();
        for (Object name : names) {
            out.add(String.valueOf(name));
        }
        return out;
    }

}
