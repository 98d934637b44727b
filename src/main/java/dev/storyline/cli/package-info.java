/**
 * The {@code storyline} commands (picocli): demo, digest, ingest, serve and bench. Each command builds the
 * pipeline from {@link dev.storyline.Storyline}, runs it and closes it. The evaluation commands live in
 * {@code dev.storyline.eval.cli} and are added when their jar is on the class path.
 */
package dev.storyline.cli;
