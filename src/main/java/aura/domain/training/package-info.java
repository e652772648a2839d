/**
 * Training: datasets as tables of named columns, training requests with their rules, jobs and the states they
 * move through, and the model versions they produce. Plain values; the queue and its leases live behind ports.
 */
package aura.domain.training;
