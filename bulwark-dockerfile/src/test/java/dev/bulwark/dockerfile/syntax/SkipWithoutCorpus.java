package dev.bulwark.dockerfile.syntax;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips a jqwik property, visibly, when {@code ../shared} is absent. */
public class SkipWithoutCorpus implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Corpus.sharedDir().isPresent() ? SkipResult.doNotSkip()
                : SkipResult.skip("../shared not present: skipping corpus mutations");
    }
}
