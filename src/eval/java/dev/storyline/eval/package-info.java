/**
 * Metrics and harnesses for the labelled data sets in {@code ../shared/data}: extraction (shingle F1),
 * clustering (B-cubed), temporal expressions (TempEval-3), timelines (SemEval-2015) and story pages.
 * Sits above every stage, ships in {@code storyline-eval.jar} only, with the baselines it compares
 * against; the product never depends on it.
 */
package dev.storyline.eval;
