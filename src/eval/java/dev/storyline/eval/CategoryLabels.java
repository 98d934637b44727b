package dev.storyline.eval;

import dev.storyline.category.Category;

import java.util.HashMap;
import java.util.Map;

import static dev.storyline.category.Category.BUSINESS;
import static dev.storyline.category.Category.ENTERTAINMENT;
import static dev.storyline.category.Category.HEALTH;
import static dev.storyline.category.Category.POLITICS;
import static dev.storyline.category.Category.SCIENCE;
import static dev.storyline.category.Category.SPORTS;
import static dev.storyline.category.Category.TECHNOLOGY;
import static dev.storyline.category.Category.WORLD;

/**
 * The category of each story of two sets in ../shared/data, labelled by hand for this project (no
 * labelled news-topic set could be reached): the 43 topics of ECB+ (both of each topic's events take the
 * topic's category) and the first 110 of the 250 Multi-News validation clusters, read from their editor's
 * summary, less 17 that fit no category (odd news: a large family, a couple born on one day). Crime,
 * accidents and disasters are {@link Category#WORLD}, the section of general news. Only ids and labels
 * are kept here, none of the data.
 */
final class CategoryLabels {

    private static final Map<Integer, Category> ECBPLUS = new HashMap<>();
    private static final Map<String, Category> MULTINEWS = new HashMap<>();

    static {
        ecb(ENTERTAINMENT, 1, 2, 4, 6, 39);
        ecb(SPORTS, 5, 7, 10, 25, 29, 31, 35);
        ecb(POLITICS, 9, 11, 28, 34);
        ecb(TECHNOLOGY, 27, 30, 40, 42);
        ecb(BUSINESS, 43, 44);
        ecb(WORLD, 3, 8, 12, 13, 14, 16, 18, 19, 20, 21, 22, 23, 24, 26, 32, 33, 36, 37, 38, 41, 45);

        mn(WORLD, 0, 4, 7, 8, 12, 13, 14, 17, 23, 27, 32, 35, 38, 47, 50, 52, 53, 54, 59, 60, 62, 67, 69, 71, 75, 76, 86,
                87, 94, 95, 100, 103, 104);
        mn(SPORTS, 1, 37, 42, 65);
        mn(SCIENCE, 2, 31, 33, 41, 56, 68, 79, 89, 98, 109);
        mn(ENTERTAINMENT, 5, 10, 16, 20, 21, 28, 30, 39, 40, 44, 46, 51, 70, 81, 82, 84, 99, 101);
        mn(POLITICS, 9, 11, 22, 24, 34, 36, 43, 49, 72, 78, 85, 88, 102, 107, 108);
        mn(BUSINESS, 15, 18, 19, 61, 83);
        mn(TECHNOLOGY, 26, 73, 80);
        mn(HEALTH, 29, 55, 74, 93, 97);
    }

    private CategoryLabels() {
    }

    private static void ecb(Category c, int... topics) {
        for (int t : topics) {
            ECBPLUS.put(t, c);
        }
    }

    private static void mn(Category c, int... events) {
        for (int e : events) {
            MULTINEWS.put(Integer.toString(e), c);
        }
    }

    /** The two labelled sets, named as their folders in ../shared/data are. */
    enum Set {
        ECBPLUS, MULTINEWS;

        /** The set a file belongs to, by its folder's name; {@code null} for an unlabelled one. */
        static Set of(java.nio.file.Path file) {
            java.nio.file.Path dir = file.toAbsolutePath().normalize().getParent();
            String name = dir == null || dir.getFileName() == null ? "" : dir.getFileName().toString();
            return switch (name) {
                case "ecbplus" -> ECBPLUS;
                case "multinews" -> MULTINEWS;
                default -> null;
            };
        }
    }

    /** The category of a story of {@code set}, by its record's topic and event; {@code null} when unlabelled. */
    static Category of(Set set, ClusterEvaluation.Labelled record) {
        return switch (set) {
            case ECBPLUS -> ECBPLUS.get(record.topic());
            case MULTINEWS -> MULTINEWS.get(record.event());
        };
    }
}
