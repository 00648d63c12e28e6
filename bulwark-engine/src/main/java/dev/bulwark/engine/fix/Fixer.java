package dev.bulwark.engine.fix;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.InputReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code bulwark fix}: audits, applies the fixes of the findings that remain after selection and
 * suppression, and audits the fixed texts again until nothing changes (at most
 * {@link #MAX_ROUNDS}). Each round applies, per file, the fixes whose edits do not conflict, in
 * findings order; the others wait for the next round, where they are computed afresh on the new
 * text. A fix that would give the file a syntax problem it did not have is dropped and reported.
 * The edited texts are audited in memory, read wherever the run reads those files (an input, a
 * Compose override or included file: {@link InputReader#withEdits}); only files that are inputs
 * read from disk are fixed. Nothing is written here: the caller decides what to do with the texts.
 */
public final class Fixer {
    public static final int MAX_ROUNDS = 10;

    private final Audits audits;
    private final InputReader reader;
    private final boolean unsafe;

    /** How to make an auditor that reads through a given reader. */
    public interface Audits {
        Auditor with(InputReader reader);
    }

    /**
     * @param reader what the files hold before any fix (a reader with edits of its own starts from those)
     * @param unsafe apply the fixes marked unsafe too
     */
    public Fixer(Audits audits, InputReader reader, boolean unsafe) {
        this.audits = audits;
        this.reader = reader;
        this.unsafe = unsafe;
    }

    public FixOutcome fix(List<Input> inputs, Settings settings) {
        Map<String, Path> files = new HashMap<>();
        for (Input input : inputs) {
            if (input instanceof Input.FileInput f) {
                files.put(f.path(), f.file());
            }
        }
        Map<String, String> edited = new HashMap<>();
        Map<String, String> originals = new HashMap<>();
        List<Finding> applied = new ArrayList<>();
        List<FixOutcome.DroppedFix> dropped = new ArrayList<>();
        Set<String> droppedKeys = new HashSet<>();
        AuditResult before = null;
        AuditResult current = null;
        int rounds = 0;
        boolean changed = true;
        while (changed && rounds < MAX_ROUNDS) {
            current = audit(inputs, settings, files, edited);
            if (before == null) {
                before = current;
            }
            rounds++;
            changed = false;
            for (Map.Entry<String, List<Finding>> file : fixable(current).entrySet()) {
                String path = file.getKey();
                if (!files.containsKey(path)) {
                    continue;
                }
                String text = current.sources().get(path).text();
                Round round = round(path, text, file.getValue(), dropped, droppedKeys);
                if (!round.text().equals(text)) {
                    originals.putIfAbsent(path, text);
                    edited.put(path, round.text());
                    applied.addAll(round.applied());
                    changed = true;
                }
            }
        }
        if (changed) {
            // The last round changed texts that were not audited since.
            current = audit(inputs, settings, files, edited);
        }
        Map<String, String> fixed = new HashMap<>();
        for (Map.Entry<String, String> e : edited.entrySet()) {
            if (!e.getValue().equals(originals.get(e.getKey()))) {
                fixed.put(e.getKey(), e.getValue());
            }
        }
        return new FixOutcome(before, current, originals, fixed, applied, dropped, rounds, !changed);
    }

    /** The findings with a fix this run may apply, by path, in findings order. */
    private Map<String, List<Finding>> fixable(AuditResult result) {
        Map<String, List<Finding>> byPath = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            Fix fix = f.fix();
            if (fix.applicability() == FixApplicability.SAFE || unsafe && fix.applicability() == FixApplicability.UNSAFE) {
                byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
            }
        }
        return byPath;
    }

    private record Round(String text, List<Finding> applied) {
    }

    private static Round round(String path, String text, List<Finding> findings, List<FixOutcome.DroppedFix> dropped,
                               Set<String> droppedKeys) {
        Optional<SyntaxGuard> guard = SyntaxGuard.forRule(findings.get(0).rule().prefix(), path, text);
        if (guard.isEmpty()) {
            return new Round(text, List.of());
        }
        List<Fix> chosen = new ArrayList<>();
        List<Finding> fixedBy = new ArrayList<>();
        for (Finding f : findings) {
            Fix fix = f.fix();
            String key = path + "\n" + f.rule().code() + "\n" + f.message() + "\n" + fix.description();
            if (droppedKeys.contains(key) || conflicts(fix, chosen)) {
                continue;
            }
            if (!TextEdits.wellFormed(fix, text.length())) {
                droppedKeys.add(key);
                dropped.add(new FixOutcome.DroppedFix(f, "its edits overlap or lie outside the file"));
                continue;
            }
            Optional<String> problem = guard.get().newProblem(TextEdits.apply(text, List.of(fix)));
            if (problem.isPresent()) {
                droppedKeys.add(key);
                dropped.add(new FixOutcome.DroppedFix(f, "it would introduce a syntax error: " + problem.get()));
                continue;
            }
            chosen.add(fix);
            fixedBy.add(f);
        }
        if (chosen.isEmpty()) {
            return new Round(text, List.of());
        }
        String next = TextEdits.apply(text, chosen);
        if (chosen.size() > 1 && guard.get().newProblem(next).isPresent()) {
            // Each fix is fine alone but not together: one per round, the next ones on its result.
            return new Round(TextEdits.apply(text, chosen.subList(0, 1)), fixedBy.subList(0, 1));
        }
        return new Round(next, fixedBy);
    }

    private static boolean conflicts(Fix fix, List<Fix> chosen) {
        for (Fix other : chosen) {
            if (TextEdits.conflict(fix, other)) {
                return true;
            }
        }
        return false;
    }

    private AuditResult audit(List<Input> inputs, Settings settings, Map<String, Path> files, Map<String, String> edited) {
        Map<Path, String> texts = new HashMap<>();
        for (Map.Entry<String, String> e : edited.entrySet()) {
            texts.put(files.get(e.getKey()), e.getValue());
        }
        return audits.with(texts.isEmpty() ? reader : reader.withEdits(texts)).audit(inputs, settings, true);
    }
}
