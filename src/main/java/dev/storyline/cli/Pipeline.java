package dev.storyline.cli;

import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.embed.SentenceEmbedder;
import dev.storyline.text.EntityMentions;
import dev.storyline.text.SentenceSplitter;
import dev.storyline.time.TemporalTagger;

/** Builds the pipeline's stages once per process for the commands. */
public final class Pipeline {
    private Pipeline() {
    }

    public static ArticleAnalyzer analyzer() {
        return new ArticleAnalyzer(new SentenceSplitter(), new EntityMentions(), new TemporalTagger(), new SentenceEmbedder());
    }
}
