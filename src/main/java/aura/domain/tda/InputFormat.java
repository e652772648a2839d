package aura.domain.tda;

/** How rows of numbers describe a finite metric space. */
public enum InputFormat {
    /** One point per row, coordinates in columns; Euclidean distances. */
    POINT_CLOUD,
    /** A full square, symmetric matrix with a zero diagonal. */
    DISTANCE_MATRIX,
    /** The strict lower triangle, Ripser's "lower-distance": row i holds d(i,0)..d(i,i-1), row 0 empty or omitted. */
    LOWER_DISTANCE
}
