/**
 * Persistence: analysed articles, their story assignment, page versions and the aliases of merged
 * stories, in SQLite (embedded default) or PostgreSQL, with the same SQL and migrations. Reads what the
 * pipeline made; what it keeps is served by {@code web} and rebuilt into the clusterer at start.
 */
package dev.storyline.store;
