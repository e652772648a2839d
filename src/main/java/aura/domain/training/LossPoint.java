package aura.domain.training;

import java.time.Instant;

/** One point of a job's loss curve: when, by which attempt, how far the job was, and its losses then. */
public record LossPoint(Instant at, int attempt, double progress, int epoch, double loss, Double valLoss) {
}
