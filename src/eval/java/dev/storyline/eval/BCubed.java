package dev.storyline.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold labels (Bagga and Baldwin 1998): for
 * each item, the share of its predicted cluster that shares its gold label (precision) and the share of
 * its gold cluster that shares its predicted cluster (recall), averaged over items.
 */
public final class BCubed {

    /** The three figures and the number of predicted clusters. */
    public record Score(double precision, double recall, double f1, int clusters) {
        @Override
        public String toString() {
            return String.format("B-cubed P=%.4f R=%.4f F1=%.4f clusters=%d", precision, recall, f1, clusters);
        }
    }

    private BCubed() {
    }

    /** @param gold item to gold label; @param predicted item to predicted cluster (same items) */
    public static Score score(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                throw new IllegalArgumentException("no prediction for " + e.getKey());
            }
            clusterSize.merge(p, 1, Integer::sum);
            goldSize.merge(e.getValue(), 1, Integer::sum);
            both.merge(p + "\u0000" + e.getValue(), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            int shared = both.get(p + "\u0000" + e.getValue());
            precision += (double) shared / clusterSize.get(p);
            recall += (double) shared / goldSize.get(e.getValue());
        }
        int n = gold.size();
        precision /= n;
        recall /= n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1, clusterSize.size());
    }
}
