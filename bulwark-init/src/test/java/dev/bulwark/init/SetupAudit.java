package dev.bulwark.init;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.Discovery;
import dev.bulwark.engine.discovery.InputReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code bulwark check --select all .} run in-process from a project folder, with the real engine. */
final class SetupAudit {
    private SetupAudit() {
    }

    /** The findings of every rule on the project, and what was audited. */
    record Result(List<Finding> findings, int files) {
        String describe() {
            StringBuilder out = new StringBuilder();
            for (Finding f : findings) {
                out.append(f.path()).append(':').append(f.location().line()).append(' ').append(f.rule().code())
                        .append(' ').append(f.message()).append('\n');
            }
            return out.toString();
        }
    }

    static Result selectAll(Path project) throws Exception {
        RuleCatalog catalog = RuleCatalog.builtin();
        Settings settings = new ConfigLoader(catalog).resolve(project, Optional.empty(),
                SettingsOverride.none().withSelect(List.of("all")));
        List<Input> inputs = new Discovery(project).discover(List.of("."), new ByteArrayInputStream(new byte[0]));
        AuditResult result = new Auditor(catalog, 1, new InputReader(), false).audit(inputs, settings);
        return new Result(result.findings(), result.filesTotal());
    }
}
