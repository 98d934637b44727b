package dev.storyline.rank;

import dev.storyline.story.StoryPage;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;

/**
 * Spreads a ranked list so that no three stories of one event kind ({@link EventKinds}) or one category
 * stand in a row: when the next story would be the third of a kind, the best-ranked story that breaks the
 * run moves up in its place; the one it passes follows as soon as it no longer makes a run. Where nothing
 * can break the run (only stories of one kind are left) they keep their order. Otherwise the order of the
 * ranking is kept. Stateless.
 */
final class Diversity {

    /** Stories of one kind allowed in a row. */
    static final int RUN = 2;
    /** How far down the list a story that breaks a run is looked for; beyond it, the run stands. */
    private static final int LOOK_AHEAD = 50;

    private Diversity() {
    }

    static List<StoryPage> spread(List<StoryPage> ranked) {
        List<StoryPage> out = new ArrayList<>(ranked.size());
        // a headline's kind is looked up once per call, however often it is compared
        Map<StoryPage, String> kinds = new IdentityHashMap<>();
        LinkedList<StoryPage> waiting = new LinkedList<>(ranked);
        while (!waiting.isEmpty()) {
            StoryPage chosen = null;
            ListIterator<StoryPage> it = waiting.listIterator();
            for (int seen = 0; it.hasNext() && seen < LOOK_AHEAD; seen++) {
                StoryPage candidate = it.next();
                if (!makesRun(out, candidate, kinds)) {
                    chosen = candidate;
                    it.remove();
                    break;
                }
            }
            out.add(chosen != null ? chosen : waiting.removeFirst());
        }
        return out;
    }

    /** Whether {@code next} would be the third story in a row of one event kind or one category. */
    private static boolean makesRun(List<StoryPage> placed, StoryPage next, Map<StoryPage, String> kinds) {
        if (placed.size() < RUN) {
            return false;
        }
        List<StoryPage> last = placed.subList(placed.size() - RUN, placed.size());
        String kind = kind(next, kinds);
        String category = next.category();
        return kind != null && last.stream().allMatch(p -> kind.equals(kind(p, kinds)))
                || category != null && last.stream().allMatch(p -> Objects.equals(category, p.category()));
    }

    private static String kind(StoryPage page, Map<StoryPage, String> kinds) {
        // computeIfAbsent would not remember a headline of no kind (null)
        if (kinds.containsKey(page)) {
            return kinds.get(page);
        }
        String kind = EventKinds.of(page.headline());
        kinds.put(page, kind);
        return kind;
    }
}
