package io.apimigrate.rules.rewrite;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.match.Match;
import io.apimigrate.rules.model.ImportEdits;
import io.apimigrate.rules.pattern.Element;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.StringQuotes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Turns one match of a rule into the minimal text edits its {@link EditPlan} prescribes. */
public final class MatchRewriter {

    /** How far {@link #lineBreakAt} looks for a line ending either way. */
    private static final int LINE_END_SCAN = 4096;

    private MatchRewriter() {
    }

    /**
     * One edit that replaces the match with its rewrite; inside it only the hunks change, and a
     * comma left dangling by an empty {@code $$$} run is dropped.
     */
    public static TextEdit edit(final EditPlan plan, final CodeView code, final Match match) {
        final int from = code.start(match.start());
        final int to = code.end(match.end() - 1);
        final String original = code.source().subSequence(from, to).toString();
        final StringBuilder out = new StringBuilder(original.length() + 16);
        int at = from;
        for (final TextEdit edit : edits(plan, code, match)) {
            out.append(code.source(), at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        out.append(code.source(), at, to);
        final String replacement = BlankLines.dropNew(original, CommaCleanup.clean(original, out.toString(), plan.template()),
                plan.template());
        if (replacement.isEmpty()) {
            return LineDeletion.of(code.source(), from, to);
        }
        final int wrap = plan.makesAssignment() ? code.wrappingParens(match.start(), match.end()) : 0;
        return wrap == 0 ? new TextEdit(from, to, replacement) : hoisted(code, match, wrap, replacement);
    }

    /**
     * An assignment made of a statement in parentheses goes in front of them:
     * {@code (x.drop(c, inplace=True))} -> {@code x = (x.drop(c))}.
     */
    private static TextEdit hoisted(final CodeView code, final Match match, final int wrap, final String replacement) {
        final CodeView made = new CodeView(PythonLexer.lex(replacement));
        int depth = 0;
        for (int c = 0; c + 1 < made.size(); c++) {
            if (made.isOpening(c)) {
                depth++;
            } else if (made.isClosing(c)) {
                depth--;
            } else if (depth == 0 && made.textEquals(c, "=")) {
                final int value = made.start(c + 1);
                final int outerFrom = code.start(match.start() - wrap);
                final int outerTo = code.end(match.end() - 1 + wrap);
                final CharSequence source = code.source();
                return new TextEdit(outerFrom, outerTo, replacement.substring(0, value)
                        + source.subSequence(outerFrom, code.start(match.start())) + replacement.substring(value)
                        + source.subSequence(code.end(match.end() - 1), outerTo));
            }
        }
        return new TextEdit(code.start(match.start()), code.end(match.end() - 1), replacement);
    }

    /**
     * Whether the match is a statement the rule deletes whole and the last one of its block: the
     * rewrite would have to add a {@code pass}.
     */
    public static boolean emptiesBlock(final EditPlan plan, final CodeView code, final Match match) {
        return plan.template().isBlank()
                && LineDeletion.emptiesBlock(code.source(), code.start(match.start()), code.end(match.end() - 1));
    }

    /**
     * The import lines the rule adds for {@code match}, each {@code $X} in them replaced by the
     * text {@code $X} captured ({@code from numpy.exceptions import $NAME}).
     */
    public static List<String> imports(final EditPlan plan, final List<String> lines, final CodeView code,
            final Match match) {
        List<String> out = lines;
        for (int i = 0; i < lines.size(); i++) {
            final String line = lines.get(i);
            if (line.indexOf('$') < 0) {
                continue;
            }
            if (out == lines) {
                out = new ArrayList<>(lines);
            }
            final Offsets offsets = new Offsets(plan, code, match);
            out.set(i, ImportEdits.METAVARIABLE.matcher(line).replaceAll(found -> Matcher.quoteReplacement(
                    offsets.capture(found.group(1)))));
        }
        return out;
    }

    /** The hunk edits for {@code match}, in source order. */
    static List<TextEdit> edits(final EditPlan plan, final CodeView code, final Match match) {
        final Offsets offsets = new Offsets(plan, code, match);
        final String lineBreak = !plan.multiLine() ? "\n"
                : lineBreakAt(code.source(), code.start(match.start())) + indentOf(code.source(), code.start(match.start()));
        final List<TextEdit> edits = new ArrayList<>(plan.hunks().size());
        final int patternSize = plan.pattern().size();
        final int templateSize = plan.templateElements().size();
        for (final Hunk hunk : plan.hunks()) {
            final int firstFull = offsets.firstNonEmpty(hunk.patternFrom(), hunk.patternTo());
            if (hunk.templateFrom() == hunk.templateTo()) {
                if (firstFull >= 0) {
                    edits.add(deletion(plan, offsets, code.source(), hunk, firstFull, lineBreak));
                }
                continue;
            }
            final String body = instantiate(plan, offsets, hunk.templateFrom(), hunk.templateTo(), lineBreak);
            final TextEdit between = firstFull < 0 ? insertedBetween(plan, offsets, code.source(), hunk, body, lineBreak) : null;
            if (between != null) {
                edits.add(between);
            } else if (firstFull >= 0) {
                final int last = offsets.lastNonEmpty(hunk.patternFrom(), hunk.patternTo());
                edits.add(respaced(plan, offsets, code.source(), hunk, leadRespaced(plan, offsets, code.source(), hunk,
                        new TextEdit(offsets.start(firstFull), offsets.end(last), body)), patternSize, templateSize));
            } else if (gluedToPrevious(plan, offsets, hunk)) {
                final int at = offsets.end(hunk.patternFrom() - 1);
                edits.add(new TextEdit(at, at, body));
            } else if (commaLedBeforeLineBreak(plan, offsets, code.source(), hunk)) {
                final int at = offsets.end(offsets.lastNonEmpty(0, hunk.patternFrom()));
                edits.add(new TextEdit(at, at, body));
            } else if (hunk.patternTo() < patternSize && offsets.startAtOrAfter(hunk.patternTo()) >= 0) {
                final String gap = hunk.templateTo() < templateSize ? gap(plan, hunk.templateTo() - 1, hunk.templateTo()) : "";
                final int at = offsets.startAtOrAfter(hunk.patternTo());
                final String lead = hunk.templateFrom() > 0 && offsets.endsAt(hunk.patternFrom(), at)
                        ? gap(plan, hunk.templateFrom() - 1, hunk.templateFrom()) : "";
                edits.add(new TextEdit(at, at, reindent(lead, lineBreak) + body + reindent(gap, lineBreak)));
            } else {
                final String gap = hunk.templateFrom() > 0 ? gap(plan, hunk.templateFrom() - 1, hunk.templateFrom()) : "";
                final int at = code.end(match.end() - 1);
                edits.add(new TextEdit(at, at, reindent(gap, lineBreak) + body));
            }
        }
        return edits;
    }

    /**
     * An insertion between two elements the source has on one line, with only space between
     * them, takes the template's spaces on both sides ({@code from a.b import c} ->
     * {@code from a.b.d import c}, not {@code from a.b .d import c}); one where the source breaks
     * the line there and the template breaks it before and after the insertion goes on lines of
     * its own, indented as the template indents them, before the source's line break (a keyword
     * added before a closing bracket on its own line); one that starts with a closing bracket the
     * template puts at the start of a line there takes the template's line break and indentation
     * ({@code ).squeeze("columns")} where a last argument line was). Null for any other insertion.
     */
    private static TextEdit insertedBetween(final EditPlan plan, final Offsets offsets, final CharSequence source,
            final Hunk hunk, final String body, final String lineBreak) {
        if (hunk.patternFrom() == 0 || hunk.patternTo() >= plan.pattern().size() || hunk.templateFrom() == 0
                || hunk.templateTo() >= plan.templateElements().size() || offsets.empty(hunk.patternFrom() - 1)
                || offsets.empty(hunk.patternTo())) {
            return null;
        }
        final int from = offsets.end(hunk.patternFrom() - 1);
        final int to = offsets.start(hunk.patternTo());
        if (!blank(source, from, to)) {
            return null;
        }
        final String before = gap(plan, hunk.templateFrom() - 1, hunk.templateFrom());
        final String after = gap(plan, hunk.templateTo() - 1, hunk.templateTo());
        if (!hasLineBreak(source, from, to)) {
            return before.indexOf('\n') < 0 && after.indexOf('\n') < 0 ? new TextEdit(from, to, before + body + after) : null;
        }
        if (before.indexOf('\n') < 0) {
            return null;
        }
        if (after.indexOf('\n') >= 0) {
            return new TextEdit(from, from, reindent(before, lineBreak) + body);
        }
        return !body.isEmpty() && ")]}".indexOf(body.charAt(0)) >= 0
                ? new TextEdit(from, to, reindent(before, lineBreak) + body + after) : null;
    }

    /**
     * Whether an insertion starts with a comma ({@code , weights_only=True}) and the source breaks
     * the line, with nothing but space, between the element before it and the one after it (a
     * closing bracket on its own line): the insertion then goes right after the element before it,
     * on that element's line, not at the start of the bracket's line.
     */
    private static boolean commaLedBeforeLineBreak(final EditPlan plan, final Offsets offsets, final CharSequence source,
            final Hunk hunk) {
        if (hunk.patternFrom() == 0 || hunk.patternTo() >= plan.pattern().size()
                || !(plan.templateElements().get(hunk.templateFrom()) instanceof Element.Literal first)
                || !",".equals(first.text())) {
            return false;
        }
        final int previous = offsets.lastNonEmpty(0, hunk.patternFrom());
        final int next = offsets.startAtOrAfter(hunk.patternTo());
        return previous >= 0 && next >= 0 && blank(source, offsets.end(previous), next)
                && hasLineBreak(source, offsets.end(previous), next);
    }

    /**
     * Whether an insertion is closing brackets that follow the element before them with no space in
     * the template ({@code $A1} then {@code \}} in {@code headers={"host": $A1}}): they go right
     * after that element's text, not before the next element, which may stand on another line.
     */
    private static boolean gluedToPrevious(final EditPlan plan, final Offsets offsets, final Hunk hunk) {
        if (hunk.patternFrom() == 0 || hunk.templateFrom() == 0 || offsets.empty(hunk.patternFrom() - 1)
                || !gap(plan, hunk.templateFrom() - 1, hunk.templateFrom()).isEmpty()) {
            return false;
        }
        for (int k = hunk.templateFrom(); k < hunk.templateTo(); k++) {
            if (!(plan.templateElements().get(k) instanceof Element.Literal literal) || !")]}".contains(literal.text())
                    || literal.text().length() != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * A replacement whose template changes the space after it ({@code $A, $B} ->
     * {@code $A.context[$B]}) takes the template's space instead of the source's, where the
     * source's is blank: a comment or a continuation between the tokens stays. A template space
     * that breaks the line is its example's layout: where the source has none, a comma takes one
     * space instead.
     */
    private static TextEdit respaced(final EditPlan plan, final Offsets offsets, final CharSequence source,
            final Hunk hunk, final TextEdit edit, final int patternSize, final int templateSize) {
        if (hunk.patternTo() >= patternSize || hunk.templateTo() >= templateSize || offsets.empty(hunk.patternTo())) {
            return edit;
        }
        final String patternGap = plan.pattern().source().substring(plan.pattern().element(hunk.patternTo() - 1).end(),
                plan.pattern().element(hunk.patternTo()).start());
        final String templateGap = gap(plan, hunk.templateTo() - 1, hunk.templateTo());
        final int next = offsets.start(hunk.patternTo());
        if (patternGap.equals(templateGap) || !blank(source, edit.end(), next)) {
            return edit;
        }
        if (templateGap.indexOf('\n') >= 0) {
            return edit.replacement().endsWith(",") && next == edit.end()
                    ? new TextEdit(edit.start(), next, edit.replacement() + " ") : edit;
        }
        return new TextEdit(edit.start(), next, edit.replacement() + templateGap);
    }

    /**
     * A replacement whose template changes the space before it ({@code $A1, $A2} ->
     * {@code $A1 is not $A2}) takes the template's space instead of the source's, where the source's
     * is blank and on one line: {@code a, b} becomes {@code a is not b}, not {@code ais not b}.
     */
    private static TextEdit leadRespaced(final EditPlan plan, final Offsets offsets, final CharSequence source,
            final Hunk hunk, final TextEdit edit) {
        if (hunk.patternFrom() == 0 || hunk.templateFrom() == 0 || offsets.empty(hunk.patternFrom() - 1)) {
            return edit;
        }
        final String patternGap = plan.pattern().source().substring(plan.pattern().element(hunk.patternFrom() - 1).end(),
                plan.pattern().element(hunk.patternFrom()).start());
        final String templateGap = gap(plan, hunk.templateFrom() - 1, hunk.templateFrom());
        final int previous = offsets.end(hunk.patternFrom() - 1);
        if (patternGap.equals(templateGap) || templateGap.indexOf('\n') >= 0 || !blank(source, previous, edit.start())
                || hasLineBreak(source, previous, edit.start())) {
            return edit;
        }
        return new TextEdit(previous, edit.end(), templateGap + edit.replacement());
    }

    private static boolean blank(final CharSequence source, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes the hunk's tokens with the space after them, or, where that space holds a line
     * break and the space before them does not or is only space, with the space before them: a
     * dropped closing bracket must not pull the next line's text up, and a dropped last line of
     * arguments leaves the closing bracket on its own line where it was. The space after stays
     * where removing it would join two words ({@code from a.b.c import x} -> {@code from a.b import
     * x}). Between two elements on one line with only space around the hunk, or where the source
     * lays the hunk out as the pattern does, the template's space between them is left
     * ({@code x, _ = f(a)} -> {@code x = g(a)}, not {@code x= g(a)}).
     */
    private static TextEdit deletion(final EditPlan plan, final Offsets offsets, final CharSequence source,
            final Hunk hunk, final int firstFull, final String lineBreak) {
        final int lastFull = offsets.lastNonEmpty(hunk.patternFrom(), hunk.patternTo());
        if (hunk.patternTo() >= plan.pattern().size()) {
            return new TextEdit(offsets.start(firstFull), offsets.end(lastFull), "");
        }
        final int next = offsets.startAtOrAfter(hunk.patternTo());
        final int previous = hunk.patternFrom() - 1;
        if (previous >= 0 && !offsets.empty(previous) && hunk.templateFrom() > 0
                && hunk.templateFrom() < plan.templateElements().size() && !offsets.empty(hunk.patternTo())) {
            final String templateGap = gap(plan, hunk.templateFrom() - 1, hunk.templateFrom());
            final int from = offsets.end(previous);
            if (templateGap.indexOf('\n') < 0 && blank(source, from, offsets.start(firstFull))
                    && blank(source, offsets.end(lastFull), next) && !hasLineBreak(source, from, next)
                    || laidOutAsPattern(plan, offsets, source, hunk, lineBreak)) {
                return new TextEdit(from, next, reindent(templateGap, lineBreak));
            }
        }
        if (previous >= 0 && !offsets.empty(previous) && hasLineBreak(source, offsets.end(lastFull), next)
                && (!hasLineBreak(source, offsets.end(previous), offsets.start(firstFull))
                    || blank(source, offsets.end(previous), offsets.start(firstFull)))) {
            return new TextEdit(offsets.end(previous), offsets.end(lastFull), "");
        }
        final int from = offsets.start(firstFull);
        if (from > 0 && next < source.length() && Character.isJavaIdentifierPart(source.charAt(from - 1))
                && Character.isJavaIdentifierPart(source.charAt(next))) {
            return new TextEdit(from, offsets.end(lastFull), "");
        }
        return new TextEdit(from, next, "");
    }

    /**
     * Whether the source spaces the hunk's tokens from their neighbours as the pattern does (with
     * the indentation of the match's line): the template's layout of the same place then applies
     * ({@code training=$A3,\n)} -> {@code training=$A3)} leaves no line break before the bracket).
     */
    private static boolean laidOutAsPattern(final EditPlan plan, final Offsets offsets, final CharSequence source,
            final Hunk hunk, final String lineBreak) {
        for (int k = hunk.patternFrom(); k <= hunk.patternTo(); k++) {
            if (offsets.empty(k - 1) || offsets.empty(k)) {
                return false;
            }
            final String patternGap = plan.pattern().source().substring(plan.pattern().element(k - 1).end(),
                    plan.pattern().element(k).start());
            if (!reindent(patternGap, lineBreak).contentEquals(source.subSequence(offsets.end(k - 1), offsets.start(k)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLineBreak(final CharSequence source, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (source.charAt(i) == '\n' || source.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    private static String instantiate(final EditPlan plan, final Offsets offsets, final int from, final int to,
            final String lineBreak) {
        final List<Element> elements = plan.templateElements();
        final String template = plan.template();
        final StringBuilder out = new StringBuilder();
        final char quote = offsets.requotedTo();
        boolean dropNextGap = false;
        for (int k = from; k < to; k++) {
            final Element element = elements.get(k);
            final String gap = k > from ? template.substring(elements.get(k - 1).end(), element.start()) : "";
            if (element instanceof Element.Literal literal) {
                out.append(dropNextGap ? "" : reindent(gap, lineBreak))
                        .append(quote == 0 ? literal.text() : StringQuotes.in(quote, literal.text()));
                dropNextGap = false;
            } else if (element instanceof Element.Single single) {
                out.append(dropNextGap ? "" : reindent(gap, lineBreak)).append(offsets.capture(single.name()));
                dropNextGap = false;
            } else {
                final Element.Multi multi = (Element.Multi) element;
                final String captured = offsets.capture(multi.name());
                if (captured.isEmpty()) {
                    dropNextGap = multi.commaAfter();
                    continue;
                }
                out.append(dropNextGap ? "" : reindent(gap, lineBreak))
                        .append(reindent(template.substring(multi.start(), multi.markerStart()), lineBreak))
                        .append(captured)
                        .append(reindent(template.substring(multi.markerEnd(), multi.end()), lineBreak));
                dropNextGap = false;
            }
        }
        return out.toString();
    }

    private static String gap(final EditPlan plan, final int left, final int right) {
        return plan.template().substring(plan.templateElements().get(left).end(),
                plan.templateElements().get(right).start());
    }

    /**
     * Template line breaks as {@code lineBreak} writes them: the source's line ending ({@code \n} or
     * {@code \r\n}) and the indentation of the line the match starts on.
     */
    private static String reindent(final String templateText, final String lineBreak) {
        if ("\n".equals(lineBreak) || templateText.indexOf('\n') < 0) {
            return templateText;
        }
        return templateText.replace("\n", lineBreak);
    }

    /**
     * The line ending of the source's line at {@code offset}, else of the line before it, looked for
     * within {@link #LINE_END_SCAN} characters; {@code \n} for none.
     */
    private static String lineBreakAt(final CharSequence source, final int offset) {
        for (int i = offset; i < Math.min(source.length(), offset + LINE_END_SCAN); i++) {
            if (source.charAt(i) == '\n') {
                return i > 0 && source.charAt(i - 1) == '\r' ? "\r\n" : "\n";
            }
        }
        for (int i = offset - 1; i >= Math.max(0, offset - LINE_END_SCAN); i--) {
            if (source.charAt(i) == '\n') {
                return i > 0 && source.charAt(i - 1) == '\r' ? "\r\n" : "\n";
            }
        }
        return "\n";
    }

    private static String indentOf(final CharSequence source, final int offset) {
        int lineStart = offset;
        while (lineStart > 0 && source.charAt(lineStart - 1) != '\n' && source.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        int end = lineStart;
        while (end < source.length() && (source.charAt(end) == ' ' || source.charAt(end) == '\t')) {
            end++;
        }
        return source.subSequence(lineStart, end).toString();
    }

    /** Character offsets and captured text of a match's pattern elements. */
    private static final class Offsets {
        private final EditPlan plan;
        private final CodeView code;
        private final Match match;

        Offsets(final EditPlan plan, final CodeView code, final Match match) {
            this.plan = plan;
            this.code = code;
            this.match = match;
        }

        boolean empty(final int k) {
            return match.elementEnd()[k] <= match.elementStart()[k];
        }

        int start(final int k) {
            return code.start(match.elementStart()[k]);
        }

        /**
         * The quote character the code writes a string literal of the pattern in where the pattern
         * writes the other one ({@code '} for {@code resample("M")} matching {@code resample('M')}),
         * or 0: the template's own literals follow the code.
         */
        char requotedTo() {
            for (int k = 0; k < plan.pattern().size(); k++) {
                if (plan.pattern().element(k) instanceof Element.Literal literal && !empty(k)
                        && StringQuotes.swapped(literal.text()) != null
                        && !code.textEquals(match.elementStart()[k], literal.text())) {
                    return code.source().charAt(start(k));
                }
            }
            return 0;
        }

        int end(final int k) {
            return code.end(match.elementEnd()[k] - 1);
        }

        int firstNonEmpty(final int from, final int to) {
            for (int k = from; k < to; k++) {
                if (!empty(k)) {
                    return k;
                }
            }
            return -1;
        }

        int lastNonEmpty(final int from, final int to) {
            for (int k = to - 1; k >= from; k--) {
                if (!empty(k)) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * Whether the last non-empty element before {@code k} ends right at {@code offset}: an
         * insertion there has no source space before it and takes the template's.
         */
        boolean endsAt(final int k, final int offset) {
            final int previous = lastNonEmpty(0, k);
            return previous >= 0 && end(previous) == offset;
        }

        /** Start offset of the first non-empty element at or after {@code k}; -1 if none. */
        int startAtOrAfter(final int k) {
            final int full = firstNonEmpty(k, plan.pattern().size());
            return full < 0 ? -1 : start(full);
        }

        String capture(final String name) {
            for (int k = 0; k < plan.pattern().size(); k++) {
                final Element element = plan.pattern().element(k);
                if (element instanceof Element.Single single && single.name().equals(name)) {
                    return code.text(match.elementStart()[k], match.elementEnd()[k]);
                }
                if (element instanceof Element.Multi multi && multi.name().equals(name)) {
                    if (empty(k)) {
                        return "";
                    }
                    final int from = multi.commaBefore() ? match.elementStart()[k] + 1 : match.elementStart()[k];
                    final int to = multi.commaAfter() ? match.elementEnd()[k] - 1 : match.elementEnd()[k];
                    return code.text(from, to);
                }
            }
            return "";
        }
    }
}
