package dev.bulwark.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import org.junit.jupiter.api.Test;

class YamlParserTest {

    private static YamlFile parse(String text) {
        return new YamlParser().parse(new SourceText("t.yaml", text));
    }

    private static YamlMapping rootMap(YamlFile file) {
        assertThat(file.documents()).isNotEmpty();
        return (YamlMapping) file.documents().get(0).root();
    }

    private static String slice(YamlFile file, YamlNode node) {
        return file.source().slice(node.range());
    }

    @Test
    void scalarsKeepValueStyleTagAndExactRange() {
        YamlFile f = parse("a: 1\nb: 'q'\nc: \"d\\n\"\nd: !custom x\ne:\nf: true\n");
        YamlMapping m = rootMap(f);
        assertThat(f.problems()).isEmpty();
        YamlScalar a = (YamlScalar) m.get("a").orElseThrow();
        assertThat(a.isInt()).isTrue();
        assertThat(slice(f, a)).isEqualTo("1");
        YamlScalar b = (YamlScalar) m.get("b").orElseThrow();
        assertThat(b.style()).isEqualTo(ScalarStyle.SINGLE_QUOTED);
        assertThat(b.value()).isEqualTo("q");
        assertThat(slice(f, b)).isEqualTo("'q'");
        YamlScalar c = (YamlScalar) m.get("c").orElseThrow();
        assertThat(c.value()).isEqualTo("d\n");
        assertThat(c.style()).isEqualTo(ScalarStyle.DOUBLE_QUOTED);
        assertThat(((YamlScalar) m.get("d").orElseThrow()).tag()).isEqualTo("!custom");
        YamlScalar e = (YamlScalar) m.get("e").orElseThrow();
        assertThat(e.isNull()).isTrue();
        assertThat(e.range()).isEqualTo(TextRange.empty(f.source().text().indexOf("e:") + 2));
        assertThat(((YamlScalar) m.get("f").orElseThrow()).isBool()).isTrue();
        assertThat(m.keys()).containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void blockCollectionsEndAtTheirLastContentNotAtTrailingComments() {
        String text = "a:\n  b: 1   # c\n  c: x\n  # trailing\n\nd:\n  - x\n  - y  # note\n  # after\n";
        YamlFile f = parse(text);
        YamlMapping root = rootMap(f);
        assertThat(slice(f, root.get("a").orElseThrow())).isEqualTo("b: 1   # c\n  c: x");
        assertThat(slice(f, root.get("d").orElseThrow())).isEqualTo("- x\n  - y");
        assertThat(slice(f, root)).endsWith("- y");
        assertThat(root.get("d").orElseThrow()).isInstanceOfSatisfying(YamlSequence.class,
                s -> assertThat(s.flow()).isFalse());
    }

    @Test
    void flowCollectionsEndAtTheirClosingBracket() {
        YamlFile f = parse("h: [a, {b: c}]  # x\n");
        YamlSequence h = (YamlSequence) rootMap(f).get("h").orElseThrow();
        assertThat(h.flow()).isTrue();
        assertThat(slice(f, h)).isEqualTo("[a, {b: c}]");
        assertThat(slice(f, h.items().get(1))).isEqualTo("{b: c}");
    }

    @Test
    void blockScalarRangeStopsAtLastNonBlank() {
        YamlFile f = parse("f: |\n  lit\n  # not a comment\n\ng: 1\n");
        YamlScalar s = (YamlScalar) rootMap(f).get("f").orElseThrow();
        assertThat(s.style()).isEqualTo(ScalarStyle.LITERAL);
        assertThat(s.value()).isEqualTo("lit\n# not a comment\n");
        assertThat(slice(f, s)).isEqualTo("|\n  lit\n  # not a comment");
    }

    @Test
    void marksInCodePointsBecomeUtf16Offsets() {
        // A BOM and an emoji (two UTF-16 units, one code point) before later nodes.
        String text = "\uFEFFk: \uD83D\uDE00 x\nm: y\n";
        YamlFile f = parse(text);
        YamlMapping m = rootMap(f);
        assertThat(slice(f, m.get("k").orElseThrow())).isEqualTo("\uD83D\uDE00 x");
        assertThat(slice(f, m.get("m").orElseThrow())).isEqualTo("y");
        assertThat(slice(f, m.entries().get(1).key())).isEqualTo("m");
    }

    @Test
    void crlfLinesKeepExactRanges() {
        YamlFile f = parse("a: 1\r\nb:\r\n  - two\r\n");
        YamlMapping m = rootMap(f);
        assertThat(slice(f, m.get("b").orElseThrow())).isEqualTo("- two");
        assertThat(f.source().location(m.get("b").orElseThrow().range()).line()).isEqualTo(3);
    }

    @Test
    void duplicateKeysAreKeptAndReportedAtTheSecondKey() {
        String text = "image: a\nports: []\nimage: b\n";
        YamlFile f = parse(text);
        YamlMapping m = rootMap(f);
        assertThat(m.entries()).hasSize(3);
        assertThat(m.get("image").flatMap(YamlNode::scalarValue)).contains("a");
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("duplicate key `image`");
            assertThat(p.range()).isEqualTo(new TextRange(text.lastIndexOf("image"), text.lastIndexOf("image") + 5));
        });
    }

    @Test
    void keysOfDifferentTagsAreNotDuplicates() {
        YamlFile f = parse("1: a\n'1': b\n");
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void aliasesShareTheAnchorsNodeAndRange() {
        String text = "d: &x [1, 2]\ne: *x\n";
        YamlFile f = parse(text);
        YamlMapping m = rootMap(f);
        YamlNode d = m.get("d").orElseThrow();
        assertThat(m.get("e").orElseThrow()).isSameAs(d);
        assertThat(d.anchorName()).contains("x");
        assertThat(slice(f, d)).isEqualTo("&x [1, 2]");
    }

    @Test
    void mergeKeysAreAppliedExplicitKeysWin() {
        YamlFile f = parse("base: &b {a: 1, c: 3}\nx:\n  <<: *b\n  a: 2\n");
        YamlMapping x = (YamlMapping) rootMap(f).get("x").orElseThrow();
        assertThat(x.get("a").flatMap(YamlNode::scalarValue)).contains("2");
        assertThat(x.get("c").flatMap(YamlNode::scalarValue)).contains("3");
        assertThat(x.keys()).doesNotContain("<<");
        assertThat(f.problems()).isEmpty();
        assertThat(slice(f, x)).isEqualTo("<<: *b\n  a: 2");
    }

    @Test
    void aMappingThatMergesItselfIsAProblemNotAHang() {
        // snakeyaml-engine's composer would flatten this merge forever (found by YamlParserFuzzTest).
        String text = "x: &b\n  a: 1\n  <<: *b\n";
        YamlFile f = parse(text);
        assertThat(f.documents()).isEmpty();
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("inside its own definition");
            assertThat(p.range().start()).isEqualTo(text.indexOf("*b"));
        });
        YamlFile list = parse("x: &b\n  a: 1\n  <<: [*b]\n");
        assertThat(list.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("own definition"));
    }

    @Test
    void mergesOfFinishedAnchorsAreFineAndOtherSelfAliasesAreNotMerges() {
        assertThat(parse("a: &a {k: 1}\nb: &b\n  <<: [*a]\n  c: 2\nd: {<<: *b}\n").problems()).isEmpty();
        // A quoted '<<' is an ordinary key; the recursive alias is the converter's own problem.
        assertThat(parse("x: &x\n  self: *x\n  '<<': *x\n").problems())
                .noneMatch(p -> p.message().contains("own definition"));
    }

    @Test
    void multipleDocuments() {
        YamlFile f = parse("a: 1\n---\n--- 3\n...\n");
        assertThat(f.documents()).hasSize(3);
        assertThat(((YamlScalar) f.documents().get(1).root()).isNull()).isTrue();
        assertThat(f.documents().get(2).root().scalarValue()).contains("3");
    }

    @Test
    void emptyInputHasNoDocumentsAndNoProblems() {
        assertThat(parse("").documents()).isEmpty();
        assertThat(parse("# just a comment\n").documents()).isEmpty();
        assertThat(parse("").problems()).isEmpty();
    }

    @Test
    void syntaxErrorKeepsEarlierDocumentsAndPointsAtTheProblem() {
        String text = "a: 1\n---\nb: [1, 2\nc: 3\n";
        YamlFile f = parse(text);
        assertThat(f.documents()).hasSize(1);
        SyntaxProblem p = f.problems().get(0);
        assertThat(f.source().location(p.range()).line()).isEqualTo(4);
        assertThat(p.message()).contains("expected ',' or ']'");
        assertThat(p.message()).contains("while parsing a flow sequence");
    }

    @Test
    void badIndentationIsAProblemWithALine() {
        YamlFile f = parse("a:\n  b: 1\n c: 2\n");
        assertThat(f.problems()).isNotEmpty();
        assertThat(f.source().location(f.problems().get(0).range()).line()).isEqualTo(3);
    }

    @Test
    void unacceptableCharacterIsAProblemAtItsOffset() {
        YamlFile f = parse("a: x\u0001\n");
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("unacceptable character U+0001");
            assertThat(p.range()).isEqualTo(new TextRange(4, 5));
        });
    }

    @Test
    void undefinedAliasIsAProblem() {
        YamlFile f = parse("a: *nope\n");
        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("undefined alias nope");
            assertThat(p.range().start()).isEqualTo(3);
        });
    }

    @Test
    void recursiveAliasIsCutAndReported() {
        YamlFile f = parse("a: &a [x, *a]\n");
        assertThat(f.problems()).anySatisfy(p -> assertThat(p.message()).isEqualTo("recursive alias to anchor `&a`"));
        YamlSequence a = (YamlSequence) rootMap(f).get("a").orElseThrow();
        assertThat(a.items()).hasSize(2);
        assertThat(a.items().get(1)).isInstanceOf(YamlScalar.class);
    }

    @Test
    void billionLaughsIsRefusedByTheAliasLimit() {
        YamlFile f = parse(billionLaughs(9));
        assertThat(f.documents()).isEmpty();
        assertThat(f.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("aliases for non-scalar nodes exceeds"));
    }

    @Test
    void wideAliasFanOutIsRefusedByTheExpansionLimit() {
        // Few enough aliases for the loader's limit, but 10^6 nodes once expanded.
        YamlFile f = new YamlParser(new YamlLimits(1 << 20, 1000, 100_000)).parse(new SourceText("b.yaml", billionLaughs(9)));
        assertThat(f.documents()).singleElement()
                .satisfies(d -> assertThat(((YamlScalar) d.root()).isNull()).isTrue());
        assertThat(f.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("document expands to more than 100000 nodes through aliases"));
    }

    @Test
    void smallFanOutStaysUnderTheExpansionLimit() {
        YamlFile f = parse(billionLaughs(3));
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void deepNestingIsAProblemNotACrash() {
        String text = "[".repeat(200_000) + "]".repeat(200_000);
        YamlFile f = parse(text);
        assertThat(f.problems()).isNotEmpty();
    }

    @Test
    void inputOverTheCodePointLimitIsAProblem() {
        YamlFile f = new YamlParser(new YamlLimits(1000, 50, 1000)).parse(new SourceText("big.yaml", "a: " + "x".repeat(5000) + "\n"));
        assertThat(f.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("exceeds the limit"));
    }

    private static String billionLaughs(int levels) {
        StringBuilder sb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < levels; i++) {
            sb.append("l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            sb.append("]\n");
        }
        return sb.toString();
    }
}
