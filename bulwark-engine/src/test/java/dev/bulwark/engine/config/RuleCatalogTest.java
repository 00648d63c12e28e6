package dev.bulwark.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.Rules;
import dev.bulwark.rules.dockerfile.DockerfileRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

    private static List<String> codes(List<? extends Rule> rules, RuleCatalog catalog) {
        List<String> codes = new ArrayList<>();
        for (Rule rule : rules) {
            codes.add(catalog.meta(rule).code());
        }
        return codes;
    }

    @Test
    void theBuiltinCatalogKnowsWhatTheListOfEveryRuleKnows() {
        RuleCatalog lazy = RuleCatalog.builtin();
        RuleCatalog eager = new RuleCatalog(BuiltinRules.all());
        assertThat(lazy.metas()).isEqualTo(eager.metas());
        assertThat(lazy.codesAndNames()).isEqualTo(eager.codesAndNames());
        assertThat(codes(lazy.dockerfileRules(), lazy)).isEqualTo(codes(eager.dockerfileRules(), eager));
        assertThat(codes(lazy.composeRules(), lazy)).isEqualTo(codes(eager.composeRules(), eager));
        assertThat(codes(lazy.kubernetesRules(), lazy)).isEqualTo(codes(eager.kubernetesRules(), eager));
        assertThat(codes(lazy.rules(), lazy)).isEqualTo(codes(eager.rules(), eager));
        for (RuleMeta meta : eager.metas()) {
            assertThat(lazy.options(meta.code())).as(meta.code()).isEqualTo(eager.options(meta.code()));
        }
    }

    @Test
    void aFamilyIsCreatedOnceWhenFirstAskedFor() {
        RuleCatalog catalog = RuleCatalog.builtin();
        List<DockerfileRule> first = catalog.dockerfileRules();
        assertThat(first).isNotEmpty();
        assertThat(catalog.dockerfileRules()).containsExactlyElementsOf(first);
        Rule latestTag = catalog.rule("DF003").orElseThrow();
        assertThat(first).anyMatch(r -> r == latestTag);
        assertThat(catalog.meta(latestTag)).isSameAs(catalog.meta("DF003").orElseThrow());
        assertThat(catalog.rule("DF999")).isEmpty();
    }

    @Test
    void aRuleFromElsewhereIsNotInTheCatalog() {
        RuleCatalog catalog = RuleCatalog.builtin();
        Rule other = BuiltinRules.all().get(0);
        assertThatThrownBy(() -> catalog.meta(other)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Rules.meta(other).code()).isEqualTo("BW001");
    }
}
