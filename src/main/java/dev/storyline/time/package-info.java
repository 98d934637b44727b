/**
 * Temporal expressions: finds dates, times, durations and relative expressions ("last Tuesday") in a
 * sentence and resolves them against a reference instant (the article's publication time) to calendar
 * values at the precision the text gives. A library of the analysis: reads strings and an instant, makes
 * {@link dev.storyline.time.TimeExpression}s; used by {@code analysis} and {@code story}.
 */
package dev.storyline.time;
