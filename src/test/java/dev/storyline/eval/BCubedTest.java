package dev.storyline.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BCubedTest {

    @Test
    void perfectClusteringScoresOne() {
        var s = BCubed.score(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", "1", "b", "1", "c", "2"));
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.clusters()).isEqualTo(2);
    }

    @Test
    void oneClusterForTwoEventsMatchesTheHandComputedFigures() {
        // gold {a,b} {c}; predicted {a,b,c}: precision (2/3+2/3+1/3)/3 = 5/9, recall 1
        var s = BCubed.score(Map.of("a", "x", "b", "x", "c", "y"), Map.of("a", "1", "b", "1", "c", "1"));
        assertThat(s.precision()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isCloseTo(2 * (5.0 / 9) / (5.0 / 9 + 1), within(1e-9));
    }
}
