package dev.storyline.web;

/**
 * One tab of the front page's row of categories, as the template shows it.
 *
 * @param label   the category's name, or {@code Top Headlines} for all of them
 * @param href    the tab's link
 * @param current whether it is the list shown
 */
public record CategoryTab(String label, String href, boolean current) {
}
