/**
 * The {@code storyline eval ...} and {@code storyline bench cluster} commands, registered on the product's
 * command line by {@link dev.storyline.eval.cli.EvalCommands} when the evaluation jar is used.
 */
package dev.storyline.eval.cli;
