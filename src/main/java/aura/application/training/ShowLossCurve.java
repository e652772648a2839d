package aura.application.training;

import aura.application.auth.Caller;
import aura.application.training.port.TrainingJobs;
import aura.domain.problem.NotFound;
import aura.domain.training.LossPoint;
import jakarta.inject.Singleton;

import java.util.List;

/** A job's loss curve, for the person who asked for the job (or an admin). */
@Singleton
public record ShowLossCurve(TrainingJobs jobs) {
    public List<LossPoint> show(Caller caller, String jobId) {
        jobs.find(jobId).filter(j -> caller.admin() || caller.userId().equals(j.createdBy()))
                .orElseThrow(() -> new NotFound("no training job " + jobId));
        return jobs.losses(jobId);
    }
}
