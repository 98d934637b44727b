package dev.storyline.story;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.time.Duration;
import java.util.List;

/**
 * A {@link SectionWriter} backed by any OpenAI-compatible chat server (Ollama, vLLM, llama.cpp, a hosted
 * API). The model is asked to rewrite the facts, adding nothing; whatever it writes still goes through
 * {@link GeneratedTextCheck}. A server that fails or times out yields no draft, so the section keeps its
 * source sentences. Thread-safe.
 */
public final class LanguageModelWriter implements SectionWriter {

    private static final String INSTRUCTIONS = """
            You write one short section of a neutral news story page. Rewrite the numbered facts below as \
            at most three clear, complete sentences. Use only what the facts state: no other names, \
            numbers, dates or claims, and no opinion. Do not add citation marks. Answer with the sentences \
            only, one per line.""";

    private final ChatModel model;

    /**
     * @param baseUrl the server's OpenAI-compatible API root, e.g. {@code http://127.0.0.1:11434/v1}
     * @param model   the model name the server knows
     * @param apiKey  the key to send, or {@code null} for servers that need none
     */
    public LanguageModelWriter(String baseUrl, String model, String apiKey) {
        this.model = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
                .modelName(model)
                .temperature(0.0)
                .timeout(Duration.ofSeconds(60))
                .maxRetries(1)
                .build();
    }

    @Override
    public String write(String heading, List<String> facts) {
        StringBuilder prompt = new StringBuilder("Section: ").append(heading).append("\nFacts:\n");
        for (int i = 0; i < facts.size(); i++) {
            prompt.append(i + 1).append(". ").append(facts.get(i)).append('\n');
        }
        try {
            String answer = model.chat(SystemMessage.from(INSTRUCTIONS), UserMessage.from(prompt.toString())).aiMessage().text();
            return answer == null ? "" : answer;
        } catch (RuntimeException e) {
            // the extractive text stands when the model cannot be reached
            System.getLogger(LanguageModelWriter.class.getName()).log(System.Logger.Level.WARNING,
                    "language model at the configured URL failed, section kept extractive: " + e.getMessage());
            return "";
        }
    }
}
