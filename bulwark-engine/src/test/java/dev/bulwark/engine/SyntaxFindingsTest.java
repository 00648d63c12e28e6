package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.rules.BuiltinRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntaxFindingsTest {

    @Test
    void oneSyntaxErrorPerLineAsBuildKitStopsAtTheFirst() {
        // ENV reads `#`, `a`, `comment` and `here` as keys without values: four problems on line 2.
        String text = "FROM python:3.12.8-slim\nENV X=\"a\" # a comment here\nUSER app\nENV Y=1 Z\n";
        List<Finding> findings = new Auditor(BuiltinRules.all(), 1)
                .audit(List.of(Input.text("Dockerfile", text)), Settings.defaults()).findings();
        List<Integer> lines = findings.stream().filter(f -> f.rule().code().equals("DF001"))
                .map(f -> f.location().line()).toList();
        assertThat(lines).containsExactly(2, 4);
    }
}
