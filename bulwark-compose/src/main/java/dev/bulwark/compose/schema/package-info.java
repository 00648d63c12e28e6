/**
 * The structure of Compose files ({@link dev.bulwark.compose.schema.ComposeSchema}, written in
 * Java from compose-go's JSON Schema) and a validator with JSON Schema's semantics that reports
 * each violation at the exact key or value, with a "did you mean".
 */
package dev.bulwark.compose.schema;
