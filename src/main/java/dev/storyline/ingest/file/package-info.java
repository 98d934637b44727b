/**
 * Local inputs: what a file holds by its extension, the sorted walk of a folder tree, and article records
 * in JSON and JSON Lines files.
 */
package dev.storyline.ingest.file;
