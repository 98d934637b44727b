package dev.storyline.category;

import java.util.Locale;
import java.util.Optional;

/**
 * The sections of the news a story can belong to, one per story. {@link #WORLD} also holds the general
 * news of events (disasters, crime, accidents, conflict) that belong to no other section.
 */
public enum Category {
    WORLD("World"),
    POLITICS("Politics"),
    BUSINESS("Business"),
    TECHNOLOGY("Technology"),
    SCIENCE("Science"),
    HEALTH("Health"),
    SPORTS("Sports"),
    ENTERTAINMENT("Entertainment");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The name readers see, also the value stored in a page and given to {@code ?category=}. */
    public String label() {
        return label;
    }

    /** The category with this label or constant name, ignoring case. */
    public static Optional<Category> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (Category c : values()) {
            if (c.name().equals(wanted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
