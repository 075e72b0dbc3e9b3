package io.apimigrate.rules.match;

import io.apimigrate.rules.python.ScratchChars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules by anchor token, looked up straight from a region of the source without allocating: the
 * cost of finding candidates is one hash probe per token, whatever the number of rules.
 */
public final class AnchorIndex {

    private static final CompiledRule[] NONE = new CompiledRule[0];
    private static final int[] NO_WORDS = new int[0];
    /** Texts at least this long are scanned through {@link #wordStarts()}; shorter ones word by word. */
    private static final int TABLE_SCAN_MIN = 4096;
    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    /** ASCII letters and {@code _}, digits, and every other byte. */
    private static final byte[] BYTE_KIND = new byte[256];
    /** 1 for the bytes that make words (ASCII letters, digits and {@code _}), else 0. */
    private static final byte[] WORD = new byte[256];

    static {
        for (int b = 'a'; b <= 'z'; b++) {
            BYTE_KIND[b] = LETTER;
            BYTE_KIND[b - 'a' + 'A'] = LETTER;
        }
        BYTE_KIND['_'] = LETTER;
        for (int b = '0'; b <= '9'; b++) {
            BYTE_KIND[b] = DIGIT;
        }
        for (int b = 0; b < 256; b++) {
            WORD[b] = (byte) (BYTE_KIND[b] == OTHER ? 0 : 1);
        }
    }

    private final String[] keys;
    private final boolean allNames;
    private final boolean allAscii;
    /** Bit n set when some anchor is n characters long (n < 64). */
    private final long anchorLengths;
    /** For each ASCII character, whether some anchor starts with it (only ever a letter or underscore). */
    private final boolean[] startsAnchor = new boolean[128];
    /** For ASCII characters a, b: whether some anchor starts with "ab", at {@code a << 7 | b}. */
    private final boolean[] startsAnchorPair = new boolean[128 * 128];
    /** For each ASCII character, whether it is an anchor on its own. */
    private final boolean[] isOneCharAnchor = new boolean[128];
    /** {@link #wordStarts()}, made on first use: engines that only see snippets never need it. */
    private volatile byte[] wordStarts;
    private final CompiledRule[][] values;
    private final int mask;

    private AnchorIndex(final Map<String, List<CompiledRule>> byAnchor) {
        int capacity = 16;
        while (capacity < byAnchor.size() * 2) {
            capacity <<= 1;
        }
        keys = new String[capacity];
        values = new CompiledRule[capacity][];
        mask = capacity - 1;
        allNames = byAnchor.keySet().stream().allMatch(AnchorIndex::isName);
        allAscii = byAnchor.keySet().stream().allMatch(key -> key.chars().allMatch(c -> c < 128));
        anchorLengths = byAnchor.keySet().stream().mapToInt(String::length)
                .mapToLong(n -> n < 64 ? 1L << n : 0L).reduce(0L, (a, b) -> a | b);
        for (final String key : byAnchor.keySet()) {
            if (!key.isEmpty() && key.charAt(0) < 128 && BYTE_KIND[key.charAt(0)] == LETTER) {
                startsAnchor[key.charAt(0)] = true;
                if (key.length() == 1) {
                    isOneCharAnchor[key.charAt(0)] = true;
                } else if (key.charAt(1) < 128) {
                    startsAnchorPair[key.charAt(0) << 7 | key.charAt(1)] = true;
                }
            }
        }
        for (final Map.Entry<String, List<CompiledRule>> entry : byAnchor.entrySet()) {
            int slot = spread(entry.getKey().hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = entry.getKey();
            values[slot] = entry.getValue().toArray(NONE);
        }
    }

    /**
     * For a byte a and the byte b after it, at {@code a << 8 | b}: 1 when a word starting there can
     * be an anchor (some anchor starts with "ab", or is "a" and b ends the word), else 0.
     */
    private byte[] wordStarts() {
        byte[] table = wordStarts;
        if (table == null) {
            table = new byte[256 * 256];
            for (int a = 0; a < 128; a++) {
                for (int b = 0; b < 256; b++) {
                    final boolean starts = BYTE_KIND[b] == OTHER ? isOneCharAnchor[a]
                            : b < 128 && startsAnchorPair[a << 7 | b];
                    table[a << 8 | b] = (byte) (starts ? 1 : 0);
                }
            }
            wordStarts = table;
        }
        return table;
    }

    /** Indexes the rules by their pattern's anchor text. */
    public static AnchorIndex of(final List<CompiledRule> rules) {
        final Map<String, List<CompiledRule>> byAnchor = new HashMap<>();
        for (final CompiledRule rule : rules) {
            byAnchor.computeIfAbsent(rule.matcher().pattern().anchorText(), k -> new ArrayList<>()).add(rule);
        }
        return new AnchorIndex(byAnchor);
    }

    /**
     * Whether a token of this kind and length can be an anchor at all; a cheap test before
     * {@link #lookup}. Names are only anchors as long as some anchor; operators and strings only
     * when some anchor is not a name.
     */
    public boolean mayAnchor(final boolean name, final int length) {
        if (!name) {
            return !allNames;
        }
        return length >= 64 || (anchorLengths >>> length & 1) != 0;
    }

    /**
     * Whether some anchor can start with this first character of a name; a cheap test before
     * {@link #lookup}. Only ASCII first characters are told apart.
     */
    public boolean mayStartName(final char first) {
        return first >= 128 || startsAnchor[first];
    }

    /** The rules anchored on the text {@code source[start, end)}; empty when none. */
    public CompiledRule[] lookup(final CharSequence source, final int start, final int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + source.charAt(i);
        }
        int slot = spread(hash) & mask;
        while (true) {
            final String key = keys[slot];
            if (key == null) {
                return NONE;
            }
            if (key.hashCode() == hash && regionEquals(key, source, start, end)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Whether the code may hold a match: some word of it is an anchor. A scan over identifier-like
     * words, much cheaper than lexing; words in strings and comments only cost a needless lex.
     * Always true when some anchor is not a name (an operator or a string). Long texts with ASCII
     * anchors are scanned as in {@link #mayMatchUtf8}: every other character separates words.
     */
    public boolean mayMatch(final CharSequence code) {
        if (!allNames) {
            return true;
        }
        final String source = code.toString();
        final int n = source.length();
        final char[] text = ScratchChars.copyOf(source);
        if (!allAscii || n < TABLE_SCAN_MIN) {
            return mayMatchNames(text, n);
        }
        final byte[] starts = wordStarts();
        int previous = 0;
        int current = n > 0 ? ascii(text[0]) : 0;
        for (int i = 0; i < n; i++) {
            final int next = i + 1 < n ? ascii(text[i + 1]) : 0;
            if ((starts[current << 8 | next] & ~previous) != 0 && anchorAt(text, i, n)) {
                return true;
            }
            previous = WORD[current];
            current = next;
        }
        return false;
    }

    /** The character as an index of the byte tables: itself when ASCII, else a separator. */
    private static int ascii(final char c) {
        return c < 128 ? c : 0;
    }

    /** Whether the ASCII word at {@code text[start]} is an anchor. */
    private boolean anchorAt(final char[] text, final int start, final int n) {
        int end = start;
        int hash = 0;
        while (end < n && text[end] < 128 && WORD[text[end]] != 0) {
            hash = 31 * hash + text[end];
            end++;
        }
        return mayAnchor(true, end - start) && contains(hash, text, start, end);
    }

    /** {@link #mayMatch} where some anchor is a non-ASCII name: words are Unicode names. */
    private boolean mayMatchNames(final char[] text, final int n) {
        return nameAnchors(text, n, false).length > 0;
    }

    /**
     * Where the words of the text that are anchors start, in increasing order; null when some anchor
     * is not a name. Words are Unicode names, as the lexer reads them.
     */
    public int[] anchorWords(final CharSequence code) {
        if (!allNames) {
            return null;
        }
        final String source = code.toString();
        return nameAnchors(ScratchChars.copyOf(source), source.length(), true);
    }

    /** The starts of the name words that are anchors: all of them, or the first only. */
    private int[] nameAnchors(final char[] text, final int n, final boolean all) {
        int[] words = NO_WORDS;
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!isNameStart(text[i]) || i > 0 && isDigit(text[i - 1])) {
                i++;
                continue;
            }
            final int start = i;
            if (!mayStartName(text[start])) {
                do {
                    i++;
                } while (i < n && isNamePart(text[i]));
                continue;
            }
            int hash = 0;
            while (i < n && isNamePart(text[i])) {
                hash = 31 * hash + text[i];
                i++;
            }
            if (mayAnchor(true, i - start) && contains(hash, text, start, i)) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, Math.max(4, count * 2));
                }
                words[count++] = start;
                if (!all) {
                    break;
                }
            }
        }
        return count == words.length ? words : Arrays.copyOf(words, count);
    }

    /**
     * {@link #mayMatch(CharSequence)} on UTF-8 bytes, before any decoding: a file that cannot match
     * is never turned into text. ASCII letters, digits and {@code _} make words; any other byte
     * separates them, which can only find more words than the lexer would, never fewer, while every
     * anchor is ASCII; runs that start with a digit are numbers. Only words as long as some anchor
     * are looked up. Always true when some anchor is not an ASCII name.
     */
    public boolean mayMatchUtf8(final byte[] utf8, final int length) {
        final int[] words = anchorWordsUtf8(utf8, length);
        return words == null || words.length > 0;
    }

    /**
     * Where the words of {@link #mayMatchUtf8} that are anchors start, as byte offsets in increasing
     * order; null when the scan cannot tell (some anchor is not an ASCII name). Every name token
     * of valid code that is an anchor starts at one of them; words in strings and comments are
     * among them too.
     */
    public int[] anchorWordsUtf8(final byte[] utf8, final int length) {
        if (!allNames || !allAscii) {
            return null;
        }
        // one table probe per byte and no branch on the data: word boundaries are too frequent to predict
        final byte[] starts = wordStarts();
        int[] words = NO_WORDS;
        int count = 0;
        int previous = 0;
        int current = length > 0 ? utf8[0] & 0xFF : 0;
        for (int i = 0; i < length; i++) {
            final int next = i + 1 < length ? utf8[i + 1] & 0xFF : 0;
            if ((starts[current << 8 | next] & ~previous) != 0 && anchorAt(utf8, i, length)) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, Math.max(4, count * 2));
                }
                words[count++] = i;
            }
            previous = WORD[current];
            current = next;
        }
        return count == words.length ? words : Arrays.copyOf(words, count);
    }

    /** Whether the ASCII word at {@code utf8[start]} is an anchor. */
    private boolean anchorAt(final byte[] utf8, final int start, final int length) {
        int end = start;
        int hash = 0;
        while (end < length && WORD[utf8[end] & 0xFF] != 0) {
            hash = 31 * hash + utf8[end];
            end++;
        }
        return mayAnchor(true, end - start) && containsAscii(hash, utf8, start, end - start);
    }

    /** Whether the ASCII word {@code utf8[start, start + length)}, of the given hash, is an anchor. */
    private boolean containsAscii(final int hash, final byte[] utf8, final int start, final int length) {
        int slot = spread(hash) & mask;
        while (true) {
            final String key = keys[slot];
            if (key == null) {
                return false;
            }
            if (key.hashCode() == hash && key.length() == length) {
                int k = 0;
                while (k < length && key.charAt(k) == utf8[start + k]) {
                    k++;
                }
                if (k == length) {
                    return true;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean contains(final int hash, final char[] text, final int start, final int end) {
        int slot = spread(hash) & mask;
        while (true) {
            final String key = keys[slot];
            if (key == null) {
                return false;
            }
            if (key.hashCode() == hash && key.length() == end - start) {
                int k = 0;
                while (k < key.length() && key.charAt(k) == text[start + k]) {
                    k++;
                }
                if (k == key.length()) {
                    return true;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean isNameStart(final char c) {
        return c < 128 ? c == '_' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static boolean isNamePart(final char c) {
        return c < 128 ? c == '_' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(final char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isName(final String text) {
        if (text.isEmpty() || !(text.charAt(0) == '_' || Character.isLetter(text.charAt(0)))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!(text.charAt(i) == '_' || Character.isLetterOrDigit(text.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether some rule is anchored on this text. */
    public boolean contains(final String text) {
        return lookup(text, 0, text.length()).length > 0;
    }

    /** Every anchor text, for fast pre-filtering of whole files. */
    public List<String> anchors() {
        final List<String> out = new ArrayList<>();
        for (final String key : keys) {
            if (key != null) {
                out.add(key);
            }
        }
        return out;
    }

    /**
     * Scrambles a string hash before it picks a slot: anchors that differ only in a last character
     * ({@code func1}, {@code func2}, ...) have consecutive hashes, which linear probing would pile
     * into long runs that every missed lookup walks.
     */
    private static int spread(final int hash) {
        final int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean regionEquals(final String key, final CharSequence source, final int start, final int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != source.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }
}
