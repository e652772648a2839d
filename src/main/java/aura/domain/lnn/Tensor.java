package aura.domain.lnn;

import java.util.Arrays;

/**
 * A named parameter's value: a dense float64 array with a shape, stored row-major (the last index varies
 * fastest), exactly as torch lays out a contiguous tensor.
 *
 * <p>Must hold: every dimension is {@code >= 0} and the product of the dimensions equals {@code data.length}.
 * A rank-0 tensor (empty shape) holds one value. The arrays are copied in and out, so a tensor never changes.
 */
public record Tensor(int[] shape, double[] data) {

    public Tensor {
        if (shape == null || data == null) {
            throw new IllegalArgumentException("tensor shape and data must not be null");
        }
        shape = shape.clone();
        data = data.clone();
        long size = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            size *= d;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size
                    + " values but data has " + data.length);
        }
    }

    /** A vector of the given values. */
    public static Tensor vector(double... values) {
        return new Tensor(new int[] {values.length}, values);
    }

    /** A rows×cols matrix from row-major values. */
    public static Tensor matrix(int rows, int cols, double[] rowMajor) {
        return new Tensor(new int[] {rows, cols}, rowMajor);
    }

    /** A tensor of the given shape filled with {@code value}. */
    public static Tensor filled(double value, int... shape) {
        long size = 1;
        for (int d : shape) {
            size *= Math.max(d, 0);
        }
        double[] data = new double[Math.toIntExact(size)];
        Arrays.fill(data, value);
        return new Tensor(shape, data);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** A copy of the values, row-major. */
    @Override
    public double[] data() {
        return data.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[axis];
    }

    public int size() {
        return data.length;
    }

    /** The value at a flat row-major index. */
    public double get(int flatIndex) {
        return data[flatIndex];
    }

    /** True when this tensor has exactly the given shape. */
    public boolean hasShape(int... expected) {
        return Arrays.equals(shape, expected);
    }

    /** Copies the values into {@code target} starting at {@code offset}. */
    public void copyInto(double[] target, int offset) {
        System.arraycopy(data, 0, target, offset, data.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}
