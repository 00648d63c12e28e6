/**
 * The Compose model: a Compose project loaded the way Docker Compose loads it (NOTES 3; the
 * Compose Specification and compose-go, read, not copied), as a located tree plus typed views,
 * for the {@code DC} rules.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link dev.bulwark.compose.ProjectPlanner#plan} decides which Compose files found in a run
 *       form one project: the main file ({@code compose.yaml}...) with its
 *       {@code compose.override.yaml}; a complete variant ({@code compose.prod.yaml} whose
 *       services all have {@code image}, {@code build} or {@code extends}) alone; an incomplete
 *       variant as an overlay on its base ({@code -f compose_tgi.yaml -f compose_tgi.telemetry.yaml}).
 *       Each file is owned by exactly one {@link dev.bulwark.compose.PlannedProject}.</li>
 *   <li>{@link dev.bulwark.compose.ComposeLoader#load} takes the files of one project
 *       ({@link dev.bulwark.compose.ComposeInput}: path, {@code SourceText}, parsed YAML) and a
 *       {@link dev.bulwark.compose.ComposeFileReader} (the engine's, with its limits) for the
 *       files they refer to, and returns a {@link dev.bulwark.compose.ComposeProject}. It never
 *       throws on bad input.</li>
 * </ul>
 *
 * <h2>Pipeline (compose-go's order, per file and per YAML document)</h2>
 * {@code TreeBuilder} (anchors and merge keys already applied by bulwark-yaml; {@code !reset}
 * drops a node and {@code !override} keeps it, both recording their path; string values are
 * interpolated, never keys; Compose's casts) -> {@code include} (each included project loaded
 * with its own {@code .env}, the including project's variables winning; its resources imported,
 * the including file's definitions merged on top) -> the recorded paths removed from the model so
 * far -> {@code extends} (same file or {@code file:}, recursive, the base merged first) ->
 * {@code Merger} into the model (NOTES 3.6 rules by path) -> {@code Unicity} (later entries
 * replace earlier ones with the same key) -> {@code SchemaValidator}. After the last file,
 * {@code ProjectBuilder} builds the canonical views (ports, volumes, depends_on, secrets,
 * environment, env files read and parsed, build, healthcheck, resources, GPU requests...).
 *
 * <h2>The located tree</h2>
 * {@link dev.bulwark.compose.ComposeNode} is a sealed scalar/sequence/mapping type; every node
 * has the {@code Span} (file and exact range) it came from, so a value set only in
 * {@code compose.override.yaml} points there, one inherited through an anchor at the anchor's
 * definition, one inherited through {@code extends} at the base service. A merged mapping's span
 * is its first definition, the others are in {@code mergedFrom()}; a replaced value is located
 * where it now comes from. A {@link dev.bulwark.compose.ComposeScalar} keeps its value after
 * interpolation, the raw value as written, its type after casts, the variables it used (each
 * with the exact span of its {@code ${...}}) and {@code isUnresolved()} when a variable had no
 * value and no default. {@code subSpan} maps part of a value back to the file (exact for plain
 * and simply quoted scalars). Nodes a merge makes up from a short form ({@code depends_on} list
 * entries, {@code build: dir}) are {@code isImplied()}.
 *
 * <h2>Variables</h2>
 * Interpolation uses the project's {@code .env} (NOTES 3.3 format) and
 * {@code COMPOSE_PROJECT_NAME}, never the environment of the machine running bulwark, so results
 * do not depend on it. A variable that has no value here is an {@code UNDEFINED_VARIABLE}
 * problem (Compose only warns) and makes the value unresolved: rules, casts, value parsers and
 * the schema validator stay silent on unresolved values, since the real value is unknown.
 *
 * <h2>Problems</h2>
 * {@link dev.bulwark.compose.ComposeProblem}s carry a {@link dev.bulwark.compose.ProblemKind}
 * (YAML syntax of every file, structure, undefined/required variable, invalid interpolation,
 * invalid value, merge, extends, include, env file, limit) for the engine to map to rule codes,
 * are located in the file where they are, and are de-duplicated (a value reached through several
 * aliases, a model validated after each file). Consistency checks Compose makes on the whole
 * project (a service without image or build, {@code depends_on} an unknown service, undefined
 * networks, volumes and secrets) are left to rules.
 *
 * <h2>The schema</h2>
 * {@link dev.bulwark.compose.schema.ComposeSchema} describes compose-go's schema in Java, keyword
 * by keyword (the schema file is not part of the project); {@code ComposeSchemaCrossCheckTest}
 * compares the two and requires the same verdict as the networknt validator on the corpus, the
 * projects, invalid documents and corpus mutations.
 *
 * <h2>Deliberate differences from compose-go</h2>
 * <ul>
 *   <li>Loading goes on after a problem (Compose stops at the first); each is reported once.</li>
 *   <li>Key/value attributes ({@code environment}, {@code labels}, {@code build.args}...) stay
 *       mappings when merged (compose-go makes sorted {@code KEY=VALUE} lists); the later value
 *       still wins per key, and every key keeps its span.</li>
 *   <li>Unresolved values are not judged (see Variables).</li>
 *   <li>Bounds compose-go does not have: 128 levels of nesting, 32 {@code extends} levels, 16
 *       {@code include} levels, 32 levels of nested defaults.</li>
 *   <li>{@code networks.*.ipam.config} merges per subnet in one pass; a string {@code command}
 *       is split into all its words (go-shellwords stops at an unquoted {@code ;|&<>}); in a
 *       {@code .env}, text after a closing quote is ignored (NOTES 3.3); included services come
 *       after the including file's.</li>
 * </ul>
 *
 * <p>The package runs on the check path: no lambdas, method references or streams, no record
 * {@code equals}/{@code hashCode}/{@code toString}, no regular expression compiled per call.
 */
package dev.bulwark.compose;
