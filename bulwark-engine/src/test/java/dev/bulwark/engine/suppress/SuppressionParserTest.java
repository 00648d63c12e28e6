package dev.bulwark.engine.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.TextRange;
import dev.bulwark.engine.TestRules;
import dev.bulwark.engine.config.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionParserTest {
    private static final TextRange COMMENT = new TextRange(0, 30);
    private static final TextRange SCOPE = new TextRange(31, 50);
    private static final TextRange STAGE = new TextRange(31, 200);

    private final SuppressionParser parser = new SuppressionParser(new RuleCatalog(TestRules.all()));

    @Test
    void bulwarkIgnoreByCodeAndNameWithReason() {
        List<Suppression> s = parser.parse("bulwark-ignore: DF900,test-off -- pinned upstream", COMMENT, SCOPE, STAGE);
        assertThat(s).extracting(Suppression::written).containsExactly("DF900", "test-off");
        assertThat(s).extracting(Suppression::codes).containsExactly(List.of("DF900"), List.of("DF901"));
        assertThat(s).allSatisfy(x -> {
            assertThat(x.fileWide()).isFalse();
            assertThat(x.scope()).isEqualTo(SCOPE);
            assertThat(x.origin()).isEqualTo(Suppression.Origin.BULWARK);
        });
    }

    @Test
    void blanksSeparateToo() {
        assertThat(parser.parse("bulwark-ignore:DF900 DF901--why", COMMENT, SCOPE, STAGE))
                .extracting(Suppression::written).containsExactly("DF900", "DF901");
    }

    @Test
    void fileWide() {
        assertThat(parser.parse("bulwark-ignore-file: KU900", COMMENT, SCOPE, STAGE))
                .singleElement().satisfies(x -> {
                    assertThat(x.fileWide()).isTrue();
                    assertThat(x.covers("KU900", 1000)).isTrue();
                    assertThat(x.covers("DF900", 1000)).isFalse();
                });
    }

    @Test
    void unknownAndEmptyAreKeptWithoutCodes() {
        assertThat(parser.parse("bulwark-ignore: DF999", COMMENT, SCOPE, STAGE)).singleElement()
                .satisfies(x -> assertThat(x.codes()).isEmpty());
        assertThat(parser.parse("bulwark-ignore: -- no rules", COMMENT, SCOPE, STAGE)).singleElement()
                .satisfies(x -> assertThat(x.written()).isEmpty());
    }

    @Test
    void hadolintIgnoresMapThroughAliasesAndSkipTheRest() {
        assertThat(parser.parse("hadolint ignore=DL3008,DL3007", COMMENT, SCOPE, STAGE)).singleElement().satisfies(x -> {
            assertThat(x.written()).isEqualTo("DL3007");
            assertThat(x.codes()).containsExactly("DF900");
            assertThat(x.fileWide()).isFalse();
            assertThat(x.origin()).isEqualTo(Suppression.Origin.HADOLINT);
        });
        assertThat(parser.parse("hadolint global ignore=DL3007", COMMENT, SCOPE, STAGE)).singleElement()
                .satisfies(x -> assertThat(x.fileWide()).isTrue());
        assertThat(parser.parse("bulwark-ignore: DL3007", COMMENT, SCOPE, STAGE)).singleElement()
                .satisfies(x -> assertThat(x.codes()).containsExactly("DF900"));
    }

    @Test
    void hadolintStageIgnoreCoversTheStageAndBlanksAreAllowedAsInHadolint() {
        assertThat(parser.parse("hadolint stage ignore=DL3007", COMMENT, SCOPE, STAGE)).singleElement().satisfies(x -> {
            assertThat(x.scope()).isEqualTo(STAGE);
            assertThat(x.fileWide()).isFalse();
        });
        assertThat(parser.parse("hadolint global ignore = DL3008 , DL3007 # base image", COMMENT, SCOPE, STAGE))
                .singleElement().satisfies(x -> {
                    assertThat(x.written()).isEqualTo("DL3007");
                    assertThat(x.fileWide()).isTrue();
                });
        assertThat(parser.parse("hadolint ignore=DL3007 # pinned by digest upstream", COMMENT, SCOPE, STAGE))
                .singleElement().satisfies(x -> assertThat(x.scope()).isEqualTo(SCOPE));
    }

    @Test
    void ordinaryCommentsAreNotSuppressions() {
        assertThat(parser.parse("install the bulwark-ignore tool", COMMENT, SCOPE, STAGE)).isEmpty();
        assertThat(parser.parse("hadolint is nice", COMMENT, SCOPE, STAGE)).isEmpty();
        assertThat(parser.parse("syntax=docker/dockerfile:1", COMMENT, SCOPE, STAGE)).isEmpty();
    }

    @Test
    void scopeContainsFindingStarts() {
        Suppression s = parser.parse("bulwark-ignore: DF900", COMMENT, SCOPE, STAGE).get(0);
        assertThat(s.covers("DF900", 31)).isTrue();
        assertThat(s.covers("DF900", 49)).isTrue();
        assertThat(s.covers("DF900", 50)).isFalse();
        assertThat(s.covers("DF900", 5)).isFalse();
    }
}
