package dev.storyline.category;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each category is, for the classifier: a description and seed terms (embedded into the category's
 * prototype vector, and counted in the text), and the words with which publishers name the section in
 * their URLs, feed categories and meta keywords. No labelled data went into it; it is the classifier's
 * tuning, kept apart from the engine ({@link StoryCategorizer}).
 */
final class CategoryProfiles {

    /** One category's description, seed terms and section names. */
    record Profile(String description, List<String> seeds, List<String> sections) {
    }

    static final Map<Category, Profile> PROFILES = new EnumMap<>(Category.class);

    static {
        PROFILES.put(Category.WORLD, new Profile(
                "News of events around the world: wars, conflicts, disasters, earthquakes, storms, accidents, crime, police and courts.",
                List.of("war", "troops", "killed", "attack", "earthquake", "flood", "police", "arrested", "murder",
                        "shooting", "fire", "crash", "refugees", "rebels", "military", "victims"),
                List.of("world", "international", "us", "uk", "europe", "asia", "africa", "americas", "middle-east",
                        "local", "crime", "national", "nation", "metro", "weather")));
        PROFILES.put(Category.POLITICS, new Profile(
                "Politics and government: elections, parliament, congress, presidents, ministers, parties, laws and policy.",
                List.of("election", "president", "senate", "parliament", "minister", "congress", "vote", "campaign",
                        "governor", "party", "policy", "legislation", "administration", "democrats", "republicans", "lawmakers"),
                List.of("politics", "political", "government", "election", "elections", "policy", "congress")));
        PROFILES.put(Category.BUSINESS, new Profile(
                "Business and the economy: companies, markets, stocks, earnings, deals, mergers, banks, jobs and trade.",
                List.of("company", "shares", "stock", "market", "profit", "revenue", "earnings", "investors", "bank",
                        "economy", "deal", "acquisition", "merger", "sales", "billion", "ceo"),
                List.of("business", "economy", "markets", "money", "finance", "companies", "economics", "industry")));
        PROFILES.put(Category.TECHNOLOGY, new Profile(
                "Technology: computers, software, the internet, smartphones, apps, tech companies, cyber security and gadgets.",
                List.of("software", "internet", "apple", "microsoft", "google", "smartphone", "app", "computer",
                        "online", "users", "security", "data", "device", "tech", "chip", "website"),
                List.of("technology", "tech", "science-technology", "gadgets", "internet", "digital", "innovation")));
        PROFILES.put(Category.SCIENCE, new Profile(
                "Science: research, scientists, space, astronomy, physics, biology, animals, fossils, climate and the environment.",
                List.of("scientists", "research", "study", "researchers", "space", "nasa", "species", "planet",
                        "fossil", "climate", "discovered", "university", "archaeologists", "dinosaur", "physics", "animals"),
                List.of("science", "environment", "space", "nature", "climate")));
        PROFILES.put(Category.HEALTH, new Profile(
                "Health and medicine: disease, doctors, hospitals, patients, vaccines, drugs, cancer, virus outbreaks and diet.",
                List.of("health", "patients", "doctors", "hospital", "disease", "cancer", "virus", "vaccine", "flu",
                        "medical", "drug", "treatment", "outbreak", "infection", "diet", "risk"),
                List.of("health", "medicine", "wellness", "healthcare", "well")));
        PROFILES.put(Category.SPORTS, new Profile(
                "Sports: football, soccer, basketball, baseball, tennis, boxing, players, coaches, teams, games and championships.",
                List.of("game", "team", "coach", "season", "players", "league", "match", "win", "championship",
                        "football", "basketball", "baseball", "soccer", "tennis", "nfl", "nba"),
                List.of("sport", "sports", "football", "soccer", "nfl", "nba", "mlb", "nhl", "tennis", "golf", "cricket",
                        "rugby", "f1", "boxing", "olympics")));
        PROFILES.put(Category.ENTERTAINMENT, new Profile(
                "Entertainment: films, movies, television, music, celebrities, actors, singers, shows, awards and the arts.",
                List.of("film", "movie", "actor", "actress", "star", "music", "album", "singer", "show", "tv",
                        "hollywood", "celebrity", "award", "series", "band", "oscar"),
                List.of("entertainment", "arts", "culture", "music", "film", "movies", "tv", "television", "celebrity",
                        "showbiz", "lifestyle", "books", "stage")));
    }

    private CategoryProfiles() {
    }
}
