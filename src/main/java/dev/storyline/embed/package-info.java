/**
 * The sentence-embedding model (all-MiniLM-L6-v2, quantised, run with ONNX Runtime from inside the jar)
 * and the vector arithmetic on its output. Reads sentences, makes unit vectors in batches; used by
 * {@code analysis}, and by {@code story} to check generated text.
 */
package dev.storyline.embed;
