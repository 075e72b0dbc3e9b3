package io.apimigrate.rules.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the names a piece of code binds itself ({@link LocalBindings}) are bound, as Python resolves
 * them: a name bound at module level is bound everywhere; a function's parameters and the names
 * bound in its body only in that function, nested functions included, unless it declares the name
 * {@code global}; a name bound in a class body (a method's name, a class attribute) only in the
 * class body itself, not in its methods. Blocks are read from indentation; what does not read as a
 * block is module level.
 */
public final class NameScopes {

    private final Map<String, List<Block>> bound;
    private final Map<String, List<Integer>> parameters;
    private final List<Block> blocks;

    private NameScopes(final Map<String, List<Block>> bound, final Map<String, List<Integer>> parameters,
            final List<Block> blocks) {
        this.bound = bound;
        this.parameters = parameters;
        this.blocks = blocks;
    }

    /** The bindings of {@code tokens} and the scopes they hold in. */
    public static NameScopes scan(final Tokens tokens) {
        final Map<String, List<Block>> bound = new HashMap<>();
        final Map<String, List<Integer>> parameters = new HashMap<>();
        final List<Block> blocks = new ArrayList<>();
        final List<OpenBlock> open = new ArrayList<>();
        final Set<String> around = new HashSet<>();
        final Set<String> own = new HashSet<>();
        final List<Statement> statements = Statements.split(tokens);
        final Set<String> declared = declaredOutside(tokens, statements);
        for (final Statement statement : statements) {
            final int indent = indent(tokens, statement.firstToken());
            while (!open.isEmpty() && open.get(open.size() - 1).indent() >= indent) {
                blocks.add(open.remove(open.size() - 1).closedAt(statement.firstToken()));
            }
            around.clear();
            own.clear();
            LocalBindings.inStatement(tokens, statement, around, own);
            final OpenBlock enclosing = open.isEmpty() ? null : open.get(open.size() - 1);
            for (final String name : around) {
                bound.computeIfAbsent(name, n -> new ArrayList<>()).add(enclosing == null || declared.contains(name)
                        ? Block.MODULE : new Block(enclosing.from(), -1, enclosing.classBody(), enclosing.from()));
            }
            final int first = tokens.nextCode(statement.firstToken() - 1);
            final boolean classHeader = tokens.isName(first, "class");
            final boolean defHeader = tokens.isName(first, "def")
                    || tokens.isName(first, "async") && tokens.isName(tokens.nextCode(first), "def");
            if (classHeader || defHeader) {
                open.add(new OpenBlock(statement.firstToken(), indent, classHeader));
            }
            for (final String name : own) {
                bound.computeIfAbsent(name, n -> new ArrayList<>()).add(defHeader
                        ? new Block(statement.firstToken(), -1, false, statement.firstToken())
                        : new Block(statement.firstToken(), statement.endToken(), false, -1));
                if (defHeader) {
                    parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(statement.firstToken());
                }
            }
        }
        while (!open.isEmpty()) {
            blocks.add(open.remove(open.size() - 1).closedAt(tokens.size()));
        }
        return new NameScopes(bound, parameters, blocks);
    }

    /**
     * The names some function declares {@code global} or {@code nonlocal}: what it binds to them
     * counts as bound at module level (for {@code nonlocal}, more widely than Python does).
     */
    private static Set<String> declaredOutside(final Tokens tokens, final List<Statement> statements) {
        final Set<String> out = new HashSet<>();
        for (final Statement statement : statements) {
            final int first = statement.firstToken();
            if (tokens.isName(first, "global") || tokens.isName(first, "nonlocal")) {
                for (int i = tokens.nextCode(first); i < statement.endToken(); i = tokens.nextCode(i)) {
                    if (tokens.kind(i) == TokenKind.NAME) {
                        out.add(tokens.text(i));
                    }
                }
            }
        }
        return out;
    }

    /** Whether the code binds {@code name} itself where token {@code token} stands. */
    public boolean boundAt(final String name, final int token) {
        final List<Block> scopes = bound.get(name);
        if (scopes == null) {
            return false;
        }
        final Block innermost = innermost(token);
        for (final Block scope : scopes) {
            final Block block = scope.header() >= 0 ? blockAt(scope.header()) : scope;
            if (block == Block.MODULE || block.from() <= token && token < block.to()
                    && (!block.classBody() || block == innermost)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of the header of the innermost function around token {@code token} whose
     * parameter {@code name} is, or -1 where {@code name} is no parameter of a function around it.
     */
    public int parameterHeader(final String name, final int token) {
        final List<Integer> headers = parameters.get(name);
        if (headers == null) {
            return -1;
        }
        int best = -1;
        for (final int header : headers) {
            final Block block = blockAt(header);
            if (block != Block.MODULE && block.from() <= token && token < block.to() && header > best) {
                best = header;
            }
        }
        return best;
    }

    /** Every name the code binds itself, wherever. */
    public Set<String> names() {
        return bound.keySet();
    }

    private Block blockAt(final int header) {
        for (final Block block : blocks) {
            if (block.from() == header) {
                return block;
            }
        }
        return Block.MODULE;
    }

    private Block innermost(final int token) {
        Block best = Block.MODULE;
        for (final Block block : blocks) {
            if (block.from() <= token && token < block.to() && (best == Block.MODULE || block.from() > best.from())) {
                best = block;
            }
        }
        return best;
    }

    /** The width of the leading whitespace of the line token {@code i} stands on. */
    private static int indent(final Tokens tokens, final int i) {
        final CharSequence source = tokens.source();
        final int lineStart = tokens.lineStart(tokens.line(i));
        int k = lineStart;
        while (k < source.length() && (source.charAt(k) == ' ' || source.charAt(k) == '\t')) {
            k++;
        }
        return k - lineStart;
    }

    /**
     * Tokens {@code [from, to)} of a block, whether it is a class body, and the first token of the
     * def or class header whose block it is ({@code -1} for a range given directly).
     */
    private record Block(int from, int to, boolean classBody, int header) {
        static final Block MODULE = new Block(0, Integer.MAX_VALUE, false, -1);
    }

    private record OpenBlock(int from, int indent, boolean classBody) {
        Block closedAt(final int to) {
            return new Block(from, to, classBody, -1);
        }
    }
}
