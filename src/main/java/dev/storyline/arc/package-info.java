/**
 * Storylines (story arcs): stories that continue one another over weeks or months, such as an arrest and
 * the trial that follows, linked as the stream arrives without merging the stories themselves, and the
 * timeline of the whole: the days that matter, each with sentences drawn from the articles. Reads the
 * stories that {@code cluster} makes and the analysed articles; sits above {@code cluster} and
 * {@code story}.
 */
package dev.storyline.arc;
