package io.apimigrate.rules.learn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template that writes the receiver's own text again as a qualifier writes the receiver:
 * {@code models.resnet50(pretrained=True)} -> {@code models.resnet50(weights=models.ResNet50_Weights...)}
 * generalises to {@code $X.resnet50(weights=$X.ResNet50_Weights...)}, so that
 * {@code torchvision.models.resnet50(...)} becomes {@code torchvision.models.ResNet50_Weights...},
 * not a {@code models} the snippet may never bind.
 */
final class ReceiverEcho {

    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private ReceiverEcho() {
    }

    /** {@code template} with each qualifier that spells {@code receiver} (a dotted name) written as {@code metavariable}. */
    static String echo(final String template, final String receiver, final String metavariable) {
        if (!DOTTED.matcher(receiver).matches()) {
            return template;
        }
        return Pattern.compile("(?<![A-Za-z0-9_.$])" + Pattern.quote(receiver) + "(?=\\.[A-Za-z_])")
                .matcher(template).replaceAll(Matcher.quoteReplacement(metavariable));
    }
}
