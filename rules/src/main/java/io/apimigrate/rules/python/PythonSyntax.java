package io.apimigrate.rules.python;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Python 3.12 lexical facts as data: keywords ({@code keyword.kwlist}), soft keywords ({@code keyword.softkwlist}),
 * string prefixes, quotes, the operator table, whitespace and the comment character.
 */
public final class PythonSyntax {

    /** {@code keyword.kwlist} of Python 3.12. */
    public static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /** {@code keyword.softkwlist} of Python 3.12. */
    public static final Set<String> SOFT_KEYWORDS = Set.of("_", "case", "match", "type");

    /** Valid string prefixes in lower case; any letter may be upper case and two letters may come in any order. */
    public static final Set<String> STRING_PREFIXES = Set.of("", "r", "u", "b", "br", "rb", "f", "fr", "rf");

    /** Quote characters; each may also be tripled. */
    public static final String QUOTES = "'\"";

    /** The character that starts a comment running to the end of the line. */
    public static final char COMMENT_START = '#';

    /** Characters Python skips between tokens (besides backslash-newline continuations). */
    public static final String WHITESPACE = " \t\f";

    /** Every operator and delimiter the tokenizer yields as OP, including {@code !} used in f-strings. */
    public static final Set<String> OPERATORS = Set.of(
            "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".", "%",
            "~", "^", "@", "!",
            "==", "!=", "<=", ">=", "<<", ">>", "**", "//", "->", ":=",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
            "**=", "//=", ">>=", "<<=", "...");

    private static final Set<Integer> TWO_LETTER_PREFIXES = STRING_PREFIXES.stream()
            .filter(p -> p.length() == 2).map(p -> pair(p.charAt(0), p.charAt(1))).collect(Collectors.toUnmodifiableSet());

    /** Augmented assignment operators, which end an operand like {@code =} does. */
    public static final Set<String> AUGMENTED_ASSIGNMENTS = Set.of(
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "**=", "//=", ">>=", "<<=");

    /** Hard keywords that are nonetheless complete expressions (atoms). */
    public static final Set<String> KEYWORD_ATOMS = Set.of("None", "True", "False");

    /** Keywords grouped by length, for allocation-free lookup. */
    private static final char[][][] KEYWORDS_BY_LENGTH = byLength(KEYWORDS);

    private static final char[][][] AUGMENTED_BY_LENGTH = byLength(AUGMENTED_ASSIGNMENTS);

    private static final char[][][] KEYWORD_ATOMS_BY_LENGTH = byLength(KEYWORD_ATOMS);

    private static final boolean[] ASCII_WHITESPACE = asciiTable(WHITESPACE);

    private static final boolean[] ASCII_QUOTES = asciiTable(QUOTES);

    private static final boolean[] ASCII_IDENTIFIER_START = asciiTable("_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static final boolean[] ASCII_IDENTIFIER_PART = asciiTable(
            "_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /** Tab stops of indentation columns, as CPython counts them. */
    static final int TAB_SIZE = 8;

    /** Operators by first ASCII character, longest first; null where no operator starts with that character. */
    private static final char[][][] OPERATORS_BY_FIRST = operatorTable();

    private PythonSyntax() {
    }

    /** Whether {@code word} is a hard keyword of Python 3.12. */
    public static boolean isKeyword(final String word) {
        return KEYWORDS.contains(word);
    }

    /** Whether {@code s[from, to)} is a hard keyword, checked without allocating. */
    public static boolean isKeyword(final CharSequence s, final int from, final int to) {
        return inTable(KEYWORDS_BY_LENGTH, s, from, to);
    }

    private static boolean inTable(final char[][][] byLength, final CharSequence s, final int from, final int to) {
        final int length = to - from;
        if (length <= 0 || length >= byLength.length) {
            return false;
        }
        for (final char[] word : byLength[length]) {
            if (s.charAt(from) == word[0] && matches(s, from, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s[from, to)} is a keyword that is an expression on its own: None, True or False. */
    public static boolean isKeywordAtom(final CharSequence s, final int from, final int to) {
        return inTable(KEYWORD_ATOMS_BY_LENGTH, s, from, to);
    }

    /** Whether {@code s[from, to)} is an augmented assignment operator such as {@code +=}. */
    public static boolean isAugmentedAssignment(final CharSequence s, final int from, final int to) {
        return inTable(AUGMENTED_BY_LENGTH, s, from, to);
    }

    /** Whether {@code word} is a soft keyword of Python 3.12 ({@code _}, {@code case}, {@code match}, {@code type}). */
    public static boolean isSoftKeyword(final String word) {
        return SOFT_KEYWORDS.contains(word);
    }

    /** Whether {@code prefix} (any case) is a valid string prefix such as {@code Rb} or {@code f}. */
    public static boolean isStringPrefix(final String prefix) {
        return STRING_PREFIXES.contains(prefix.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code op} is a Python operator or delimiter. */
    public static boolean isOperator(final String op) {
        return OPERATORS.contains(op);
    }

    static boolean isAsciiIdentifierStart(final char c) {
        return c < 128 && ASCII_IDENTIFIER_START[c];
    }

    static boolean isAsciiIdentifierPart(final char c) {
        return c < 128 && ASCII_IDENTIFIER_PART[c];
    }

    static boolean isWhitespace(final char c) {
        return c < 128 && ASCII_WHITESPACE[c];
    }

    static boolean isQuote(final char c) {
        return c < 128 && ASCII_QUOTES[c];
    }

    static boolean isPrefixLetter(final char c) {
        return switch (c) {
            case 'r', 'R', 'u', 'U', 'b', 'B', 'f', 'F' -> true;
            default -> false;
        };
    }

    /** Whether {@code s[from, to)} is a valid non-empty string prefix, checked without allocating. */
    static boolean isStringPrefix(final CharSequence s, final int from, final int to) {
        final int length = to - from;
        if (length == 1) {
            return isPrefixLetter(s.charAt(from));
        }
        return length == 2 && TWO_LETTER_PREFIXES.contains(pair(s.charAt(from), s.charAt(from + 1)));
    }

    private static int pair(final char a, final char b) {
        return Character.toLowerCase(a) << 16 | Character.toLowerCase(b);
    }

    /** Length of the longest operator at {@code pos} in {@code s}, 0 if none starts there. */
    static int operatorLength(final char[] s, final int pos, final int limit) {
        final char c = s[pos];
        if (c >= OPERATORS_BY_FIRST.length || OPERATORS_BY_FIRST[c] == null) {
            return 0;
        }
        for (final char[] op : OPERATORS_BY_FIRST[c]) {
            if (pos + op.length <= limit && matches(s, pos, op)) {
                return op.length;
            }
        }
        return 0;
    }

    private static boolean matches(final char[] s, final int pos, final char[] op) {
        for (int k = 1; k < op.length; k++) {
            if (s[pos + k] != op[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(final CharSequence s, final int pos, final char[] word) {
        for (int k = 1; k < word.length; k++) {
            if (s.charAt(pos + k) != word[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] asciiTable(final String chars) {
        final boolean[] table = new boolean[128];
        for (int k = 0; k < chars.length(); k++) {
            table[chars.charAt(k)] = true;
        }
        return table;
    }

    private static char[][][] byLength(final Set<String> words) {
        final int longest = words.stream().mapToInt(String::length).max().orElse(0);
        final char[][][] table = new char[longest + 1][][];
        for (int length = 0; length <= longest; length++) {
            final int size = length;
            table[length] = words.stream().filter(w -> w.length() == size).map(String::toCharArray)
                    .toArray(char[][]::new);
        }
        return table;
    }

    private static char[][][] operatorTable() {
        final char[][][] table = new char[128][][];
        for (final String op : OPERATORS) {
            final char first = op.charAt(0);
            final char[][] old = table[first] == null ? new char[0][] : table[first];
            final char[][] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = op.toCharArray();
            Arrays.sort(grown, Comparator.comparingInt((char[] a) -> -a.length));
            table[first] = grown;
        }
        return table;
    }
}
