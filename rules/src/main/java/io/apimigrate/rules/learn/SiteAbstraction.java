package io.apimigrate.rules.learn;

import io.apimigrate.rules.match.CodeView;
import io.apimigrate.rules.model.RuleKind;
import io.apimigrate.rules.python.Argument;
import io.apimigrate.rules.python.ArgumentKind;
import io.apimigrate.rules.python.CallArguments;
import io.apimigrate.rules.python.TokenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one edit site into a pattern and template (anti-unification of the old and new site):
 * what the new code carries over from the old becomes a metavariable; in a call whose change is
 * confined to keyword arguments, the untouched arguments on either side become {@code $$$} runs
 * so the rule applies whatever else the call passes.
 */
final class SiteAbstraction {

    /** A single value metavariable the abstraction makes: {@code $A1}, {@code $A2}, ... */
    private static final Pattern VALUE = Pattern.compile("(?<![$\\w])\\$A[0-9]+(?![\\w])");

    private final CodeView before;
    private final CodeView after;
    private final TokenDiff diff;
    private final EditSite site;
    private final List<Replacement> replacements = new ArrayList<>();
    private final boolean[] newTaken;
    private int singles;
    private Canonical canonical;

    private SiteAbstraction(final CodeView before, final CodeView after, final TokenDiff diff, final EditSite site) {
        this.before = before;
        this.after = after;
        this.diff = diff;
        this.site = site;
        this.newTaken = new boolean[after.size()];
    }

    /** Pattern, template and kind for the site. */
    static Result abstractSite(final CodeView before, final CodeView after, final TokenDiff diff, final EditSite site) {
        final SiteAbstraction abstraction = new SiteAbstraction(before, after, diff, site);
        final RuleKind kind = site.call() >= 0 ? abstraction.abstractCall() : RuleKind.QUALIFIED_RENAME;
        return numbered(abstraction.render(site.call() >= 0 ? kind : abstraction.chainKind()));
    }

    /**
     * The result with its {@code $A} values numbered in the order the pattern shows them, so that
     * two examples of one change give the same rule whichever argument was abstracted first
     * ({@code torch.solve($A1, $A2)[0]}, not also {@code torch.solve($A2, $A1)[0]}).
     */
    private static Result numbered(final Result result) {
        final Map<String, String> names = new LinkedHashMap<>();
        final Matcher inPattern = VALUE.matcher(result.pattern());
        while (inPattern.find()) {
            names.putIfAbsent(inPattern.group(), "$A" + (names.size() + 1));
        }
        if (names.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
            return result;
        }
        final Function<String, String> rename = text -> VALUE.matcher(text)
                .replaceAll(m -> Matcher.quoteReplacement(names.getOrDefault(m.group(), m.group())));
        return new Result(rename.apply(result.pattern()), rename.apply(result.template()), result.kind());
    }

    private RuleKind chainKind() {
        final String oldText = before.text(site.oldFrom(), site.oldTo());
        return oldText.contains(".") ? RuleKind.QUALIFIED_RENAME : RuleKind.RESTRUCTURE;
    }

    /**
     * A receiver the new code moves elsewhere (df.append(x) -> pd.concat([df, x])) or repeats as a
     * value (x.drop(a, inplace=True) -> x = x.drop(a); not np in np.asarray(a, dtype=np.float64))
     * is a value: $X.
     */
    private void abstractMovedReceiver() {
        int dot = -1;
        for (int c = site.oldFrom(); c < site.call(); c++) {
            if (before.isOpening(c) && before.partner(c) > c) {
                c = before.partner(c);
            } else if (before.isOp(c, '.')) {
                dot = c;
            }
        }
        if (dot <= site.oldFrom()) {
            return;
        }
        final int aligned = diff.oldToNew[site.oldFrom()];
        final int length = dot - site.oldFrom();
        if (aligned == site.newFrom() && matchesAt(site.oldFrom(), length, aligned)) {
            final int copy = insertedCopy(site.oldFrom(), length, aligned + length);
            if (copy >= 0 && (!dotAfter(aligned + length) || !dotAfter(copy + length))) {
                addSingle(site.oldFrom(), dot, aligned, aligned + length, "$X");
                addCopy(site.oldFrom(), dot, copy, copy + length, "$X");
            }
            return;
        }
        final int found = findInNew(site.oldFrom(), dot);
        if (found >= 0) {
            addSingle(site.oldFrom(), dot, found, found + (dot - site.oldFrom()), "$X");
        }
    }

    /**
     * The names a plain assignment at the site's start binds, where the edit changes its targets and
     * the new code binds them too, are values: {@code x, _ = torch.solve(b, A)} ->
     * {@code x = torch.linalg.solve(A, b)} holds for any {@code x}. A discarded {@code _} stays as it
     * is: another name there would be used. Targets the edit leaves alone are not the rule's
     * business ({@link RuleMerger} drops them with the receiver they precede).
     */
    private void abstractAssignedNames() {
        int equals = -1;
        boolean changed = false;
        for (int c = site.oldFrom(); c < site.call() && equals < 0; c++) {
            if (before.isOp(c, '=')) {
                equals = c;
            } else if (!before.isOp(c, ',') && before.kind(c) != TokenKind.NAME) {
                return;
            } else {
                changed |= diff.oldToNew[c] < 0;
            }
        }
        if (!changed) {
            return;
        }
        for (int c = site.oldFrom(); c < equals; c++) {
            final int aligned = diff.oldToNew[c];
            if (before.kind(c) == TokenKind.NAME && !"_".equals(before.text(c)) && aligned >= site.newFrom()
                    && aligned < site.newTo() && !newTaken[aligned]) {
                addSingle(c, c + 1, aligned, aligned + 1, "$A" + (++singles));
            }
        }
    }

    private RuleKind abstractCall() {
        final int paren = site.call();
        abstractAssignedNames();
        abstractMovedReceiver();
        abstractCalleeSubscripts(paren);
        final int newParen = newCallParen();
        if (newParen < 0) {
            // no call left ({@code get_value(r, c)} -> {@code at[r, c]}): what the arguments carry over is general
            for (final Argument arg : CallArguments.parse(before.tokens(), before.raw(paren))) {
                abstractCarriedValue(arg);
            }
            return RuleKind.RESTRUCTURE;
        }
        final List<Argument> oldArgs = CallArguments.parse(before.tokens(), before.raw(paren));
        final List<Argument> newArgs = CallArguments.parse(after.tokens(), after.raw(newParen));
        final int[] counterpart = new int[oldArgs.size()];
        boolean keywordOnly = true;
        int touchedOld = 0;
        for (int i = 0; i < oldArgs.size(); i++) {
            counterpart[i] = untouchedCounterpart(oldArgs.get(i), newArgs);
            if (counterpart[i] < 0) {
                touchedOld++;
                keywordOnly &= oldArgs.get(i).kind() == ArgumentKind.KEYWORD;
            }
        }
        int touchedNew = 0;
        final boolean[] newUntouched = new boolean[newArgs.size()];
        for (final int j : counterpart) {
            if (j >= 0) {
                newUntouched[j] = true;
            }
        }
        for (int j = 0; j < newArgs.size(); j++) {
            if (!newUntouched[j]) {
                touchedNew++;
                keywordOnly &= newArgs.get(j).kind() == ArgumentKind.KEYWORD;
            }
        }
        final boolean removal = touchedOld > 0 && touchedNew == 0;
        final boolean trailer = after.partner(newParen) != site.newTo() - 1;
        if (keywordOnly && !trailer && touchedOld > 0 && contiguousAroundTouched(counterpart, newUntouched)) {
            abstractRuns(oldArgs, newArgs, counterpart, paren, newParen);
        } else {
            for (int i = 0; i < oldArgs.size(); i++) {
                if (counterpart[i] >= 0) {
                    abstractUntouched(oldArgs.get(i), newArgs.get(counterpart[i]));
                }
            }
        }
        for (int i = 0; i < oldArgs.size(); i++) {
            if (counterpart[i] < 0) {
                abstractCarriedValue(oldArgs.get(i));
            }
        }
        if (removal) {
            return RuleKind.ARGUMENT_REMOVAL;
        }
        if (touchedOld == 0) {
            return RuleKind.ARGUMENT_ADDITION;
        }
        if (!keywordOnly) {
            return calleeChanged() ? RuleKind.RESTRUCTURE : RuleKind.ARGUMENT_REORDER;
        }
        return replacements.stream().anyMatch(r -> r.meta().startsWith("$A")) ? RuleKind.KEYWORD_RENAME
                : RuleKind.KEYWORD_VALUE;
    }

    /**
     * What a subscript of the callee holds becomes a metavariable where the subscript goes and the
     * new code carries its content elsewhere: {@code np.cast[$A1](x)} -> {@code np.asarray(x, dtype=$A1)}.
     */
    private void abstractCalleeSubscripts(final int paren) {
        for (int c = site.oldFrom(); c < paren; c++) {
            if (before.isOp(c, '[') && before.partner(c) > c + 1 && before.partner(c) < paren) {
                final int from = c + 1;
                final int to = before.partner(c);
                final int found = diff.oldToNew[c] < 0 ? findInNew(from, to) : -1;
                if (found >= 0) {
                    addSingle(from, to, found, found + (to - from), "$A" + (++singles));
                }
                c = to;
            }
        }
    }

    private boolean calleeChanged() {
        for (int c = site.oldFrom(); c < site.call(); c++) {
            if (diff.oldToNew[c] < 0) {
                return true;
            }
        }
        return false;
    }

    private int newCallParen() {
        final int aligned = diff.oldToNew[site.call()];
        // the same call, perhaps with a trailer added to its result: .mH, [0]
        if (aligned >= 0 && after.isOp(aligned, '(') && after.partner(aligned) > aligned
                && after.partner(aligned) < site.newTo()) {
            return aligned;
        }
        for (int c = site.newFrom(); c < site.newTo(); c++) {
            if (after.isOp(c, '(') && after.partner(c) == site.newTo() - 1) {
                return c;
            }
        }
        return -1;
    }

    /** The index of the new argument that is this old argument unchanged (nothing inserted inside), or -1. */
    private int untouchedCounterpart(final Argument arg, final List<Argument> newArgs) {
        final int from = before.codeIndex(arg.firstToken());
        final int to = before.codeIndex(arg.endToken());
        if (to <= from) {
            return -1;
        }
        for (int c = from; c < to; c++) {
            if (diff.oldToNew[c] < 0) {
                return -1;
            }
        }
        final int newFrom = diff.oldToNew[from];
        final int newTo = diff.oldToNew[to - 1] + 1;
        if (newTo - newFrom != to - from) {
            return -1;
        }
        for (int j = 0; j < newArgs.size(); j++) {
            final Argument candidate = newArgs.get(j);
            if (after.codeIndex(candidate.firstToken()) == newFrom && after.codeIndex(candidate.endToken()) == newTo) {
                return j;
            }
        }
        return -1;
    }

    /** Untouched arguments before and after the touched ones each keep their order in the new call. */
    private boolean contiguousAroundTouched(final int[] counterpart, final boolean[] newUntouched) {
        int firstTouched = -1;
        int lastTouched = -1;
        for (int i = 0; i < counterpart.length; i++) {
            if (counterpart[i] < 0) {
                firstTouched = firstTouched < 0 ? i : firstTouched;
                lastTouched = i;
            }
        }
        for (int i = firstTouched; i <= lastTouched; i++) {
            if (counterpart[i] >= 0) {
                return false;
            }
        }
        int previous = -1;
        for (final int j : counterpart) {
            if (j >= 0) {
                if (j < previous) {
                    return false;
                }
                previous = j;
            }
        }
        return true;
    }

    /**
     * A change confined to keyword arguments is rendered canonically: the touched arguments between
     * a {@code $$$} run for whatever comes before and another for whatever comes after.
     */
    private void abstractRuns(final List<Argument> oldArgs, final List<Argument> newArgs, final int[] counterpart,
            final int paren, final int newParen) {
        final List<Argument> touchedOld = new ArrayList<>();
        for (int i = 0; i < oldArgs.size(); i++) {
            if (counterpart[i] < 0) {
                touchedOld.add(oldArgs.get(i));
            } else {
                final Argument kept = newArgs.get(counterpart[i]);
                for (int c = after.codeIndex(kept.firstToken()); c < after.codeIndex(kept.endToken()); c++) {
                    newTaken[c] = true;
                }
            }
        }
        final List<Argument> touchedNew = new ArrayList<>();
        final Set<Integer> kept = new HashSet<>();
        for (final int j : counterpart) {
            kept.add(j);
        }
        for (int j = 0; j < newArgs.size(); j++) {
            if (!kept.contains(j)) {
                touchedNew.add(newArgs.get(j));
            }
        }
        canonical = new Canonical(paren, newParen, touchedOld, touchedNew);
    }

    private void abstractUntouched(final Argument oldArg, final Argument newArg) {
        final int from = before.codeIndex(oldArg.valueFirstToken());
        final int to = before.codeIndex(oldArg.endToken());
        final int newFrom = after.codeIndex(newArg.valueFirstToken());
        final int newTo = after.codeIndex(newArg.endToken());
        if (to <= from || newTo <= newFrom) {
            return;
        }
        addSingle(from, to, newFrom, newTo, "$A" + (++singles));
    }

    /**
     * A touched argument whose value the new call still contains: the value becomes a
     * metavariable; or, where only what a keyword value's brackets hold is carried over
     * ({@code join_axes=[a.index]} -> {@code .reindex(a.index)}), that.
     */
    private void abstractCarriedValue(final Argument arg) {
        final int from = before.codeIndex(arg.valueFirstToken());
        final int to = before.codeIndex(arg.endToken());
        if (to <= from) {
            return;
        }
        final int found = findInNew(from, to);
        if (found >= 0) {
            addSingle(from, to, found, found + (to - from), "$A" + (++singles));
        } else if (arg.kind() == ArgumentKind.KEYWORD && to - from > 2 && before.isOpening(from)
                && before.partner(from) == to - 1) {
            final int inner = findInNew(from + 1, to - 1);
            if (inner >= 0) {
                addSingle(from + 1, to - 1, inner, inner + (to - 1 - from - 1), "$A" + (++singles));
            }
        }
    }

    private int findInNew(final int from, final int to) {
        final int length = to - from;
        final int aligned = diff.oldToNew[from];
        if (aligned >= 0 && matchesAt(from, length, aligned)) {
            return aligned;
        }
        for (int c = site.newFrom(); c + length <= site.newTo(); c++) {
            if (matchesAt(from, length, c)) {
                return c;
            }
        }
        return -1;
    }

    /** Where the new site, from {@code newFrom} on, repeats old tokens [from, from + length) as inserted text; or -1. */
    private int insertedCopy(final int from, final int length, final int newFrom) {
        for (int c = newFrom; c + length <= site.newTo(); c++) {
            if (matchesAt(from, length, c) && !allAligned(c, length)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether new token {@code c} is a dot: what comes before it is a namespace there, not a value. */
    private boolean dotAfter(final int c) {
        return c < after.size() && after.isOp(c, '.');
    }

    private boolean allAligned(final int at, final int length) {
        for (int k = at; k < at + length; k++) {
            if (diff.newToOld[k] < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesAt(final int from, final int length, final int at) {
        if (at + length > after.size()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (newTaken[at + k] || !before.text(from + k).equals(after.text(at + k))) {
                return false;
            }
        }
        final boolean boundaryBefore = at == 0 || !after.isOp(at - 1, '.');
        final boolean boundaryAfter = at + length >= after.size()
                || !(after.isOp(at + length, '(') || after.isOp(at + length, '['));
        return boundaryBefore && boundaryAfter
                && (length == 1 && before.isKeywordName(from)) == (length == 1 && after.isKeywordName(at));
    }

    private void addSingle(final int from, final int to, final int newFrom, final int newTo, final String meta) {
        add(from, to, newFrom, newTo, meta, false);
    }

    /** A second place in the new code of a metavariable already made: it changes only the template. */
    private void addCopy(final int from, final int to, final int newFrom, final int newTo, final String meta) {
        add(from, to, newFrom, newTo, meta, true);
    }

    private void add(final int from, final int to, final int newFrom, final int newTo, final String meta,
            final boolean copy) {
        for (int c = newFrom; c < newTo; c++) {
            newTaken[c] = true;
        }
        replacements.add(new Replacement(before.start(from), before.end(to - 1), after.start(newFrom),
                after.end(newTo - 1), meta, copy));
    }

    private Result render(final RuleKind kind) {
        dropOverlapping();
        if (canonical != null) {
            return renderCanonical(kind);
        }
        final int oldStart = before.start(site.oldFrom());
        final int oldEnd = before.end(site.oldTo() - 1);
        final int newStart = after.start(site.newFrom());
        final int newEnd = site.newTo() > site.newFrom() ? after.end(site.newTo() - 1) : newStart;
        final List<Replacement> byOld = new ArrayList<>(replacements.stream().filter(r -> !r.copy()).toList());
        byOld.sort(Comparator.comparingInt(Replacement::oldStart));
        final StringBuilder pattern = new StringBuilder();
        int at = oldStart;
        for (final Replacement r : byOld) {
            pattern.append(before.source(), at, r.oldStart()).append(r.meta());
            at = r.oldEnd();
        }
        pattern.append(before.source(), at, oldEnd);
        final List<Replacement> byNew = new ArrayList<>(replacements);
        byNew.sort(Comparator.comparingInt(Replacement::newStart));
        final StringBuilder template = new StringBuilder();
        at = newStart;
        for (final Replacement r : byNew) {
            template.append(after.source(), at, r.newStart()).append(r.meta());
            at = r.newEnd();
        }
        template.append(after.source(), at, newEnd);
        return new Result(pattern.toString(), dedent(template.toString(), indentOf(after.source(), newStart)), kind);
    }

    /**
     * Keeps the earliest-made of replacements that overlap in the old or the new code; a copy
     * shares its old text with the replacement it repeats and stays while that one does.
     */
    private void dropOverlapping() {
        final List<Replacement> kept = new ArrayList<>();
        for (final Replacement r : replacements) {
            final boolean clash = kept.stream().anyMatch(k -> !r.copy() && overlaps(k.oldStart(), k.oldEnd(),
                    r.oldStart(), r.oldEnd()) || overlaps(k.newStart(), k.newEnd(), r.newStart(), r.newEnd()));
            final boolean orphan = r.copy() && kept.stream().noneMatch(k -> !k.copy() && k.meta().equals(r.meta()));
            if (!clash && !orphan) {
                kept.add(r);
            }
        }
        replacements.clear();
        replacements.addAll(kept);
    }

    private static boolean overlaps(final int a, final int b, final int c, final int d) {
        return a == c || a < d && c < b;
    }

    private Result renderCanonical(final RuleKind kind) {
        final List<String> oldParts = new ArrayList<>();
        oldParts.add("$$$M1");
        for (final Argument arg : canonical.touchedOld()) {
            oldParts.add(spliceOld(before.start(before.codeIndex(arg.firstToken())),
                    before.end(before.codeIndex(arg.endToken()) - 1)));
        }
        oldParts.add("$$$M2");
        final List<String> newParts = new ArrayList<>();
        newParts.add("$$$M1");
        for (final Argument arg : canonical.touchedNew()) {
            newParts.add(spliceNew(after.start(after.codeIndex(arg.firstToken())),
                    after.end(after.codeIndex(arg.endToken()) - 1)));
        }
        newParts.add("$$$M2");
        final String pattern = spliceOld(before.start(site.oldFrom()), before.start(canonical.paren()))
                + "(" + String.join(", ", oldParts) + ")";
        final String template = spliceNew(after.start(site.newFrom()), after.start(canonical.newParen()))
                + "(" + String.join(", ", newParts) + ")";
        return new Result(pattern, template, kind);
    }

    private String spliceOld(final int from, final int to) {
        final StringBuilder out = new StringBuilder();
        int at = from;
        for (final Replacement r : replacements.stream().filter(r -> !r.copy())
                .sorted(Comparator.comparingInt(Replacement::oldStart)).toList()) {
            if (r.oldStart() >= from && r.oldEnd() <= to) {
                out.append(before.source(), at, r.oldStart()).append(r.meta());
                at = r.oldEnd();
            }
        }
        return out.append(before.source(), at, to).toString();
    }

    private String spliceNew(final int from, final int to) {
        final StringBuilder out = new StringBuilder();
        int at = from;
        for (final Replacement r : replacements.stream().sorted(Comparator.comparingInt(Replacement::newStart)).toList()) {
            if (r.newStart() >= from && r.newEnd() <= to) {
                out.append(after.source(), at, r.newStart()).append(r.meta());
                at = r.newEnd();
            }
        }
        return out.append(after.source(), at, to).toString();
    }

    private static String indentOf(final CharSequence source, final int offset) {
        int lineStart = offset;
        while (lineStart > 0 && source.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        int end = lineStart;
        while (end < offset && (source.charAt(end) == ' ' || source.charAt(end) == '\t')) {
            end++;
        }
        return source.subSequence(lineStart, end).toString();
    }

    private static String dedent(final String text, final String indent) {
        if (indent.isEmpty() || text.indexOf('\n') < 0) {
            return text;
        }
        return text.replace("\n" + indent, "\n");
    }

    /**
     * Old chars [oldStart, oldEnd) and new chars [newStart, newEnd) become {@code meta}; a copy
     * marks one more place of it in the new code only.
     */
    private record Replacement(int oldStart, int oldEnd, int newStart, int newEnd, String meta, boolean copy) {
    }

    /** A keyword-only change: the call's parentheses and the arguments it touches. */
    private record Canonical(int paren, int newParen, List<Argument> touchedOld, List<Argument> touchedNew) {
    }

    /** The abstracted site. */
    record Result(String pattern, String template, RuleKind kind) {
    }
}
