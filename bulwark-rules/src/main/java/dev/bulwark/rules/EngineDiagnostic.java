package dev.bulwark.rules;

/**
 * A finding the tool itself raises (unreadable file, crashed rule, suppression problems, parser
 * errors). It has metadata and docs like any rule, so it can be listed, selected, documented and
 * suppressed, but no check method: the engine reports it directly.
 */
public interface EngineDiagnostic extends Rule {
}
