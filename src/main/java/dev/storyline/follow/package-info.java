/**
 * Following feeds day after day ({@code storyline run}): the subscriptions and what was seen of them,
 * kept in the store; each feed polled on its own adaptive schedule with conditional requests, backoff and
 * the server's hints; new items handed over one queue interface to the one pipeline.
 */
package dev.storyline.follow;
