/**
 * Scale-out on Kafka ({@code storyline run --kafka BROKERS}, docs/SCALING.md): the pipeline's stages as
 * workers that any number of processes run, with Kafka topics between them and the store (PostgreSQL)
 * shared: fetch, analyse (stateless, the costly stage), cluster (one leader with standbys) and pages.
 * The records between the stages are the stages' own, in a versioned JSON envelope ({@link dev.storyline.scale.StageRecords}).
 */
package dev.storyline.scale;
