package dev.storyline.cli;

import dev.storyline.story.LanguageModelWriter;
import dev.storyline.story.SectionWriter;
import picocli.CommandLine.Option;

/**
 * {@code --llm URL --model NAME}: the optional abstractive mode, in which an OpenAI-compatible server
 * writes the section text and every sentence it writes is checked against the sources.
 */
final class LanguageModelOptions {

    @Option(names = "--llm", paramLabel = "URL",
            description = "OpenAI-compatible API root (e.g. http://127.0.0.1:11434/v1) that writes section text; its sentences are kept only where the sources support them")
    String url;

    @Option(names = "--model", paramLabel = "NAME", description = "model name for --llm")
    String model;

    /** The writer, or {@code null} when no server was given. The key, if any, comes from STORYLINE_LLM_KEY. */
    SectionWriter writer() {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("--llm " + url + " needs --model NAME");
        }
        return new LanguageModelWriter(url, model, System.getenv("STORYLINE_LLM_KEY"));
    }
}
