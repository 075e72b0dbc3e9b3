package io.apimigrate.rules;

import io.apimigrate.rules.match.CompiledRule;
import io.apimigrate.rules.model.Evidence;
import io.apimigrate.rules.model.Rule;
import io.apimigrate.rules.python.ImportTable;
import io.apimigrate.rules.python.PythonBuiltins;
import io.apimigrate.rules.python.PythonLexer;
import io.apimigrate.rules.python.TokenKind;
import io.apimigrate.rules.python.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rule whose leading name stands for a known module or object ({@code np} for {@code numpy},
 * {@code models} for {@code django.db.models}) spelled the way a snippet's own imports name the
 * same thing: {@code npy.float} under {@code import numpy as npy}, {@code numpy.float} under
 * {@code import numpy}, {@code CheckConstraint(check=...)} under
 * {@code from django.db.models import CheckConstraint}, {@code models.CheckConstraint} for a rule
 * learned on the bare name. The template is respelled the same way; where it names something the
 * snippet's spelling cannot express ({@code tf.math.log} under {@code from tensorflow import log}),
 * or where it needs another name bound that the pattern does not have, there is no respelled rule.
 * The respelled rule keeps the rule's id and confidence: it is the same API, reached through the
 * snippet's import.
 */
final class Respellings {

    /**
     * Respelled rules kept at most; the cache is emptied when it grows past this. A compiled rule
     * takes a few kilobytes, and a stream of snippets with ever new aliases must not fill the heap
     * of a topology that runs in 512 MiB.
     */
    private static final int CACHE_LIMIT = 4_096;

    private final Map<Key, Optional<Respelled>> cache = new ConcurrentHashMap<>();

    /**
     * A respelled rule, and whether it renames the imported name within its module
     * ({@code ger -> outer} for {@code torch.ger -> torch.outer} under {@code from torch import
     * ger}): such a rule may rename the name in the {@code from} import's list too, where
     * {@code inImportList} writes the new name alone ({@code NINF -> inf} for {@code np.NINF ->
     * -np.inf}, whose uses become {@code -inf}).
     */
    record Respelled(CompiledRule rule, boolean withinModule, CompiledRule inImportList) {
    }

    /** Whether the rule can be respelled at all: its pattern starts with a name its evidence resolves. */
    static boolean respellable(final CompiledRule rule) {
        return rule.replacedName() != null && !rule.rule().evidence().headModule().isEmpty();
    }

    /** The respellings a snippet's imports allow. */
    InSnippet in(final ImportTable imports) {
        return new InSnippet(imports);
    }

    /** One snippet's import bindings, sorted out once per module that rules ask about. */
    final class InSnippet {
        private final ImportTable imports;
        private final Map<String, List<Map.Entry<String, String>>> relatedByModule = new HashMap<>(4);

        private InSnippet(final ImportTable imports) {
            this.imports = imports;
        }

        /**
         * The rule spelled with each of the snippet's import bindings that names its leading name's
         * module, a module above it or an object below it; the rule's own spelling is left out.
         */
        List<Respelled> variants(final CompiledRule rule) {
            final String module = rule.rule().evidence().headModule();
            List<Map.Entry<String, String>> related = relatedByModule.get(module);
            if (related == null) {
                related = related(module);
                relatedByModule.put(module, related);
            }
            List<Respelled> out = List.of();
            for (final Map.Entry<String, String> binding : related) {
                if (binding.getKey().equals(rule.replacedName()) && binding.getValue().equals(module)) {
                    continue;
                }
                final Optional<Respelled> variant = variant(rule, binding.getKey(), binding.getValue());
                if (variant.isPresent()) {
                    out = out.isEmpty() ? new ArrayList<>(2) : out;
                    out.add(variant.get());
                }
            }
            return out;
        }

        private List<Map.Entry<String, String>> related(final String module) {
            List<Map.Entry<String, String>> out = List.of();
            for (final Map.Entry<String, String> binding : imports.bindings().entrySet()) {
                final String target = binding.getValue();
                if (target.equals(module) || below(module, target) || below(target, module)) {
                    out = out.isEmpty() ? new ArrayList<>(2) : out;
                    out.add(Map.entry(binding.getKey(), target));
                }
            }
            return out;
        }
    }

    private Optional<Respelled> variant(final CompiledRule rule, final String alias, final String target) {
        final Key key = new Key(rule, alias, target);
        final Optional<Respelled> known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        final Optional<Respelled> made = respell(rule, alias, target);
        cache.put(key, made);
        return made;
    }

    /** The rule with its leading name {@code head} (standing for {@code module}) spelled through {@code alias -> target}. */
    static Optional<Respelled> respell(final CompiledRule compiled, final String alias, final String target) {
        final Rule rule = compiled.rule();
        final String head = compiled.replacedName();
        final String module = rule.evidence().headModule();
        final Set<String> siblings = new HashSet<>();
        final String pattern = respell(rule.pattern(), head, module, alias, target, null);
        final String template = respell(rule.template(), head, module, alias, target,
                leadingName(rule.pattern(), module).equals(target) ? siblings : null);
        if (pattern == null || template == null || pattern.equals(template) || !pattern.startsWith(alias)) {
            return Optional.empty();
        }
        final Set<String> needed = freeNames(template);
        needed.removeAll(freeNames(pattern));
        if (!siblings.containsAll(needed)) {
            return Optional.empty();
        }
        final Evidence held = rule.evidence();
        final Evidence evidence = new Evidence(held.modules(), held.receiverNames(), held.ambiguous(),
                held.unconfirmedConfidence(), target, held.keywords(), held.topLevelOnly(), held.definedNames(),
                held.assigned(), held.positionalArguments(), held.unpacked(), held.receiverModules(),
                held.runPositionals(), held.runKeywords(), held.calleeKeywords());
        final Rule respelled = new Rule(rule.id(), rule.library(), rule.fromVersion(), rule.toVersion(), rule.oldApi(),
                rule.newApi(), rule.kind(), pattern, template, rule.constraints(), rule.imports(), evidence,
                rule.precision(), rule.support(), rule.confidence(), rule.safe(), rule.origin(), rule.provenance());
        try {
            final CompiledRule compiledRespelled = CompiledRule.of(respelled);
            return Optional.of(new Respelled(compiledRespelled, !siblings.isEmpty(),
                    inImportList(compiledRespelled, siblings)));
        } catch (final IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The rule as it stands in a {@code from} import's list: itself where its template is one name,
     * else the one name beside the target that its template uses whole ({@code NINF -> inf} for
     * {@code NINF -> -inf}, not {@code math} for {@code log -> math.log}, which would import a module
     * in place of a function); itself where there is no such name, and the engine refuses the match there.
     */
    private static CompiledRule inImportList(final CompiledRule compiled, final Set<String> siblings) {
        if (compiled.templateIsName() || siblings.size() != 1 || !usedWhole(compiled.rule().template(),
                siblings.iterator().next())) {
            return compiled;
        }
        final Rule rule = compiled.rule();
        return CompiledRule.of(rule.withCode(rule.pattern(), siblings.iterator().next()));
    }

    /**
     * {@code text} with every free use of {@code head} (not an attribute, keyword or metavariable)
     * and the dotted names after it spelled through {@code alias -> target}; null when one of them
     * names something the alias cannot reach. In the template of a rule that renames the target
     * itself ({@code siblings} not null), a name beside a target imported by its own name
     * ({@code Paginator} beside {@code from django.core.paginator import QuerySetPaginator}) is
     * spelled bare and collected in {@code siblings}: the same rule renames the name in the import's
     * list ({@link Respelled#withinModule}), and the engine checks that the output imports what it uses.
     */
    static String respell(final String text, final String head, final String module, final String alias,
            final String target, final Set<String> siblings) {
        final Tokens tokens = PythonLexer.lex(text);
        final StringBuilder out = new StringBuilder(text.length() + alias.length());
        int copied = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.isName(k, head) || !free(tokens, text, k)) {
                continue;
            }
            final List<Integer> chain = chainAfter(tokens, k);
            final Spelled spelled = spelling(tokens, k, chain, module, alias, target, siblings != null);
            if (spelled == null) {
                return null;
            }
            if (spelled.sibling() && siblings != null) {
                siblings.add(spelled.text());
            }
            out.append(text, copied, tokens.start(k)).append(spelled.text());
            copied = tokens.end(spelled.through());
            k = spelled.through();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Whether every free use of {@code name} in {@code text} is a whole name, no dotted name's prefix. */
    private static boolean usedWhole(final String text, final String name) {
        final Tokens tokens = PythonLexer.lex(text);
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.isName(k, name) && free(tokens, text, k) && !chainAfter(tokens, k).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The qualified name of the text's leading dotted name, its head standing for {@code module}. */
    private static String leadingName(final String text, final String module) {
        final Tokens tokens = PythonLexer.lex(text);
        final StringBuilder qualified = new StringBuilder(module);
        for (final int name : chainAfter(tokens, 0)) {
            qualified.append('.').append(tokens.text(name));
        }
        return qualified.toString();
    }

    /** The names of the dotted name that continues after the name at {@code k} ({@code b}, {@code c} in {@code a.b.c}). */
    private static List<Integer> chainAfter(final Tokens tokens, final int k) {
        final List<Integer> chain = new ArrayList<>();
        for (int dot = tokens.nextCode(k); dot < tokens.size() && tokens.isOp(dot, '.'); ) {
            final int name = tokens.nextCode(dot);
            if (name >= tokens.size() || tokens.kind(name) != TokenKind.NAME) {
                break;
            }
            chain.add(name);
            dot = tokens.nextCode(name);
        }
        return chain;
    }

    /** How the snippet spells a dotted name: {@code text} in place of its tokens up to token {@code through}. */
    private record Spelled(String text, int through, boolean sibling) {
    }

    /**
     * How the snippet spells the dotted name at {@code k}: the alias and the path from the target
     * down to the module in place of the head, or the alias alone in place of the prefix that names
     * the target; null when neither reaches it.
     */
    private static Spelled spelling(final Tokens tokens, final int k, final List<Integer> chain, final String module,
            final String alias, final String target, final boolean siblingsAllowed) {
        if (below(target, module)) {
            return new Spelled(alias + module.substring(target.length()), k, false);
        }
        final String parent = target.substring(0, Math.max(0, target.lastIndexOf('.')));
        final StringBuilder qualified = new StringBuilder(module);
        int through = k;
        for (int i = 0; ; i++) {
            final String name = qualified.toString();
            if (name.equals(target)) {
                return new Spelled(alias, through, false);
            }
            if (siblingsAllowed && i > 0 && !parent.isEmpty() && below(parent, name)
                    && name.lastIndexOf('.') == parent.length() && importedBeside(target, tokens.text(through), alias)) {
                return new Spelled(tokens.text(through), through, true);
            }
            if (i == chain.size()) {
                return null;
            }
            through = chain.get(i);
            qualified.append('.').append(tokens.text(through));
        }
    }

    /**
     * Whether {@code name} is another name of the module that {@code target} was imported from by
     * its own name ({@code alias} is the target's last name, not an {@code as} alias).
     */
    private static boolean importedBeside(final String target, final String name, final String alias) {
        final int dot = target.lastIndexOf('.');
        return dot > 0 && target.substring(dot + 1).equals(alias) && !name.equals(alias);
    }

    /**
     * The free names of a pattern or template other than builtins and keywords: what the rewrite
     * needs bound. A template that needs a name its pattern does not ({@code datasets.face} for
     * {@code misc.face}) relies on an import the snippet's spelling says nothing about.
     */
    private static Set<String> freeNames(final String text) {
        final Tokens tokens = PythonLexer.lex(text);
        final Set<String> out = new HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.kind(k) == TokenKind.NAME && !tokens.isKeyword(k) && free(tokens, text, k)
                    && !PythonBuiltins.isBuiltin(tokens.text(k))) {
                out.add(tokens.text(k));
            }
        }
        return out;
    }

    /** Whether the name at {@code k} is free: not after a dot, not a keyword argument's name, not a metavariable. */
    private static boolean free(final Tokens tokens, final String text, final int k) {
        final int before = tokens.prevCode(k);
        final int after = tokens.nextCode(k);
        return !(before >= 0 && tokens.isOp(before, '.'))
                && !(tokens.start(k) > 0 && text.charAt(tokens.start(k) - 1) == '$')
                && !(after < tokens.size() && tokens.isOp(after, '='));
    }

    /** Whether {@code name} lies below {@code module} ({@code numpy.linalg} below {@code numpy}). */
    private static boolean below(final String module, final String name) {
        return name.length() > module.length() && name.charAt(module.length()) == '.' && name.startsWith(module);
    }

    /** A rule, by identity, and one binding. */
    private record Key(CompiledRule rule, String alias, String target) {
        @Override
        public boolean equals(final Object other) {
            return other instanceof Key key && key.rule == rule && key.alias.equals(alias) && key.target.equals(target);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(rule) * 31 + alias.hashCode() * 17 + target.hashCode();
        }
    }
}
