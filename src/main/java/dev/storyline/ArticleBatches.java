package dev.storyline;

import dev.storyline.extract.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects articles and hands them on {@value #SIZE} at a time, so that model calls are batched. */
final class ArticleBatches {

    /** Articles analysed per batch of model calls. */
    static final int SIZE = 32;

    private final List<Article> pending = new ArrayList<>();
    private final Consumer<List<Article>> sink;

    ArticleBatches(Consumer<List<Article>> sink) {
        this.sink = sink;
    }

    void add(Article a) {
        pending.add(a);
        if (pending.size() >= SIZE) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            sink.accept(List.copyOf(pending));
            pending.clear();
        }
    }
}
