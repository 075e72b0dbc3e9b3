package io.apimigrate.rules.python;

import java.util.List;
import java.util.Set;

/** The names Python binds in every module without an import (Python 3.12's {@code builtins}). */
public final class PythonBuiltins {

    private static final Set<String> NAMES = Set.of(
            "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
            "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
            "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
            "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
            "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
            "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
            "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
            "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented",
            "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError",
            "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError",
            "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
            "SystemExit", "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
            "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
            "ValueError", "Warning", "ZeroDivisionError", "abs", "aiter", "all", "anext", "any", "ascii", "bin",
            "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
            "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit",
            "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id",
            "input", "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max",
            "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range",
            "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super",
            "tuple", "type", "vars", "zip", "__import__", "__name__", "__file__", "__doc__");

    /** The classes among them with lower-case names: the types a module may alias ({@code int}, {@code range}). */
    private static final List<String> CLASSES = List.of("bool", "bytearray", "bytes", "classmethod", "complex", "dict",
            "enumerate", "filter", "float", "frozenset", "int", "list", "map", "memoryview", "object", "property", "range",
            "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip");

    private PythonBuiltins() {
    }

    /** Whether {@code name} is bound in every module: {@code len}, {@code float}, {@code ValueError}, ... */
    public static boolean isBuiltin(final String name) {
        return NAMES.contains(name);
    }

    /** Whether {@code name} is one of the builtin classes with a lower-case name: {@code int}, {@code str}, {@code zip}, ... */
    public static boolean isClass(final String name) {
        return CLASSES.contains(name);
    }

    /** The builtin classes with lower-case names, in alphabetical order. */
    public static List<String> classes() {
        return CLASSES;
    }
}
