package io.apimigrate.cli;

import io.apimigrate.rules.RoutingThresholds;
import io.apimigrate.rules.examples.Example;
import io.apimigrate.rules.examples.ExampleReader;
import io.apimigrate.rules.examples.InputFormatException;
import io.apimigrate.rules.model.AstGrepRules;
import io.apimigrate.rules.model.RuleFormatException;
import io.apimigrate.rules.model.RuleSet;
import java.nio.file.Path;
import java.util.List;

/** Reading the command line's inputs, with failures turned into one-line user errors. */
final class Inputs {

    private Inputs() {
    }

    static List<Example> examples(final List<Path> paths) {
        try {
            return ExampleReader.read(paths);
        } catch (final InputFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    static List<Example> snippets(final List<Path> paths) {
        try {
            return ExampleReader.readSnippets(paths);
        } catch (final InputFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    static RuleSet rules(final Path path) {
        try {
            return AstGrepRules.load(path);
        } catch (final RuleFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    static RoutingThresholds thresholds(final double direct, final double guided) {
        try {
            return new RoutingThresholds(direct, guided);
        } catch (final IllegalArgumentException e) {
            throw new UserInputException("--direct-threshold/--guided-threshold: " + e.getMessage(), e);
        }
    }
}
