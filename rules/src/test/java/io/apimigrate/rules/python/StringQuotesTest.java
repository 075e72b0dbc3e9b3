package io.apimigrate.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StringQuotesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"\"M\"|'M'", "'ffill'|\"ffill\"", "\"\"|''", "'1 min'|\"1 min\""})
    void plainLiteralsSwapTheirQuotes(final String literal, final String swapped) {
        assertEquals(swapped, StringQuotes.swapped(literal));
    }

    @ParameterizedTest
    @ValueSource(strings = {"f'M'", "b\"M\"", "r'\\d'", "\"it's\"", "'a\\'b'", "'''M'''", "M", "'", "\"M'"})
    void otherLiteralsHaveNoSwappedForm(final String literal) {
        assertNull(StringQuotes.swapped(literal));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"\"ME\"|'ME'", "'ME'|'ME'", "\"it's\"|\"it's\""})
    void literalsTakeAQuoteWhereTheyCan(final String literal, final String inSingle) {
        assertEquals(inSingle, StringQuotes.in('\'', literal));
    }
}
