/**
 * Python 3.12 lexing and light parsing for the rule engine: {@link io.apimigrate.rules.python.PythonLexer} turns
 * source into {@link io.apimigrate.rules.python.Tokens} (parallel arrays, no object per token), and static
 * utilities ({@link io.apimigrate.rules.python.Statements}, {@link io.apimigrate.rules.python.Imports},
 * {@link io.apimigrate.rules.python.Expressions}, {@link io.apimigrate.rules.python.CallArguments},
 * {@link io.apimigrate.rules.python.DottedNames}) find statements, imports, expressions and call arguments on
 * them. Nothing here throws on malformed Python.
 */
package io.apimigrate.rules.python;
