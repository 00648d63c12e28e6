/**
 * CI workflows as a model: GitHub Actions workflows ({@code .github/workflows/*.yml}) and GitLab CI
 * pipelines ({@code .gitlab-ci.yml}) read into {@link dev.bulwark.workflow.Workflow}: triggers,
 * permissions, jobs with {@code needs} and stages, steps with {@code uses}, {@code with},
 * {@code env} and {@code run} scripts parsed by the shell parser with every range mapped back into
 * the YAML text ({@link dev.bulwark.workflow.Script}). On top, the
 * {@link dev.bulwark.workflow.Activity activities} that matter for container images: builds,
 * pushes, vulnerability scans, tests and registry logins, in job and step order, so that rules
 * (and later the project graph) can ask "is every pushed image scanned, and can the scan fail the
 * job?". Errors are values: any YAML yields a workflow plus problems.
 */
package dev.bulwark.workflow;
