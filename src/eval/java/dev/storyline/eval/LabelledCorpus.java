package dev.storyline.eval;

import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.ExtractionException;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.ingest.Ingestor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a labelled JSONL file the way the product reads any input (ingest, then extraction) and pairs
 * each extracted article with its record, so that the evaluations measure the product's own path while
 * the gold labels stay with the scorer. Each article takes its record's id, since several records may
 * share a URL.
 */
final class LabelledCorpus {

    /** One extracted article and its record ({@code null} when no record matches its source). */
    record Extracted(ClusterEvaluation.Labelled record, Article article) {
    }

    private LabelledCorpus() {
    }

    /** The extracted articles in file order; a record that yields no article is reported and left out. */
    static List<Extracted> read(Path jsonl, List<ClusterEvaluation.Labelled> records, ArticleExtractor extractor,
                                Consumer<IngestProblem> problems) {
        Map<String, Deque<ClusterEvaluation.Labelled>> bySource = new HashMap<>();
        records.forEach(r -> bySource.computeIfAbsent(r.source(), k -> new ArrayDeque<>()).add(r));
        List<Extracted> out = new ArrayList<>();
        new Ingestor(IngestOptions.defaults()).read(List.of(jsonl.toString()), doc -> {
            Deque<ClusterEvaluation.Labelled> rs = bySource.get(doc.source());
            ClusterEvaluation.Labelled r = rs == null ? null : rs.poll();
            String id = r == null ? doc.source() : r.id();
            try {
                Article a = extractor.extract(doc);
                out.add(new Extracted(r, new Article(id, a.url(), a.title(), a.text(), a.publisher(), a.author(),
                        a.published(), a.language(), a.provenance())));
            } catch (ExtractionException e) {
                problems.accept(new IngestProblem(id, e.getMessage()));
            }
        }, problems);
        return out;
    }
}
