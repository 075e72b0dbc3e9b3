package io.apimigrate.rules.python;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Whatever the input, lexing returns a well-formed token stream that covers every non-blank character. */
class LexerPropertiesTest {

    /** Characters that steer the lexer into every state: quotes, prefixes, braces, line ends, escapes. */
    private static final String PYTHONISH = "fFrRbBuU'\"{}()[]:!=.#\\\n\r\t ;,*@-+<>x0123456789_eEjJ\u00e9\u0000";

    @Provide
    Arbitrary<String> pythonish() {
        return Arbitraries.strings().withChars(PYTHONISH.toCharArray()).ofMaxLength(60);
    }

    @Property
    void arbitraryStringsLexCleanly(@ForAll @StringLength(max = 80) final String source) {
        TokenInvariants.check(source, PythonLexer.lex(source));
    }

    @Property
    void pythonLikeStringsLexCleanly(@ForAll("pythonish") final String source) {
        TokenInvariants.check(source, PythonLexer.lex(source));
    }

    @Property
    void bytesAsLatin1LexCleanly(@ForAll @Size(max = 80) final byte[] bytes) {
        final String source = new String(bytes, StandardCharsets.ISO_8859_1);
        TokenInvariants.check(source, PythonLexer.lex(source));
    }

    @Property
    void bytesAsUtf8LexCleanly(@ForAll @Size(max = 80) final byte[] bytes) {
        final String source = new String(bytes, StandardCharsets.UTF_8);
        TokenInvariants.check(source, PythonLexer.lex(source));
    }

    @Property
    void parserUtilitiesNeverThrow(@ForAll("pythonish") final String source) {
        final Tokens tokens = PythonLexer.lex(source);
        Imports.scan(tokens);
        Statements.split(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Expressions.primaryEnd(tokens, i);
            Expressions.primaryStart(tokens, i);
            Expressions.operandEnd(tokens, i);
            CallArguments.parse(tokens, i);
            DottedNames.text(tokens, i, DottedNames.end(tokens, i));
        }
    }
}
