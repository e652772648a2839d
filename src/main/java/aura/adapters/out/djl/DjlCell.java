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
}
