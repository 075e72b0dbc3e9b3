package io.apimigrate.rules.pattern;

import java.util.List;

/**
 * Rules that call the attribute their pattern ends with uncalled ({@code torch.cuda.amp.custom_fwd} ->
 * {@code torch.amp.custom_fwd(device_type="cuda")}): they were shown the attribute used bare, so they
 * do not apply where the code calls it already ({@code @amp.custom_fwd(cast_inputs=t)}), which also
 * keeps them from matching their own output. A template that calls another name
 * ({@code tf.layers.flatten} -> {@code tf.keras.layers.Flatten()}) replaces the name whether called or
 * not. A bare name is left out: examples that call it with different arguments by context
 * ({@code @task} -> {@code @task(multiple_outputs=True)} or {@code =False}) would pass as rules.
 */
public final class AddedCalls {

    private AddedCalls() {
    }

    /** Whether the template ends with a call of the attribute the pattern ends with. */
    public static boolean callsName(final List<Element> pattern, final List<Element> template) {
        if (pattern.size() < 2 || template.isEmpty()
                || !(pattern.get(pattern.size() - 1) instanceof Element.Literal last) || !last.name()
                || !(pattern.get(pattern.size() - 2) instanceof Element.Literal dot) || !".".equals(dot.text())
                || !(template.get(template.size() - 1) instanceof Element.Literal close) || !")".equals(close.text())) {
            return false;
        }
        int depth = 0;
        for (int k = template.size() - 1; k > 0; k--) {
            if (template.get(k) instanceof Element.Literal literal && literal.text().length() == 1
                    && "()[]{}".contains(literal.text())) {
                depth += ")]}".contains(literal.text()) ? 1 : -1;
                if (depth == 0) {
                    return "(".equals(literal.text()) && template.get(k - 1) instanceof Element.Literal callee
                            && callee.text().equals(last.text());
                }
            }
        }
        return false;
    }
}
