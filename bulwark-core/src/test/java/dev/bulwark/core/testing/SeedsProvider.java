package dev.bulwark.core.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The seeds of a {@link SeededProperty}. */
final class SeedsProvider extends AnnotationBasedArgumentsProvider<SeededProperty> {

    @Override
    protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
            SeededProperty property) {
        return SeededInputs.seeds(property.cases()).mapToObj(Arguments::of);
    }
}
