/**
 * The HTTP fetcher, safe by default: http(s) only, no private-network addresses (checked on every
 * redirect hop), robots.txt obeyed, per-host politeness, timeouts and a size cap.
 */
package dev.storyline.ingest.fetch;
