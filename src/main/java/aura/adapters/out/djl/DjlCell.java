package aura.adapters.out.djl;

import ai.djl.ndarray.NDArray;

/** One cell step on a batch, with NDArray ops autograd can differentiate. */
interface DjlCell {

    /**
     * @param x  inputs [B, M]
     * @param h  state [B, N]
     * @param dt elapsed time of this step
     * @return the new state [B, N] and the cell output [B, K], in that order
     */
    NDArray[] step(NDArray x, NDArray h, double dt);

    int units();

    /**
     * {@code value} as a 0-d array that lives as long as {@code like}'s manager. The forward pass takes its
     * constants from here, never as a Java number: DJL's {@code mul(Number)} and {@code div(Number)} close the
     * scalar they make as soon as the op returns, and its memory is a direct buffer the engine does not own, so
     * once the collector frees it the backward pass reads whatever lies there (a NaN gradient of every element
     * of {@code cm}, and so a skipped step, now and then).
     */
    static NDArray constant(NDArray like, double value) {
        return like.getManager().create(value);
    }
}
