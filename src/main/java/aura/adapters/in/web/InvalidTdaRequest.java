package aura.adapters.in.web;

/** A TDA request the node refuses: which field is wrong, why, and the HTTP status to answer with. */
class InvalidTdaRequest extends IllegalArgumentException {
    private final String field;
    private final int status;

    InvalidTdaRequest(String field, String message) {
        this(field, message, 400);
    }

    InvalidTdaRequest(String field, String message, int status) {
        super(message);
        this.field = field;
        this.status = status;
    }

    String field() {
        return field;
    }

    int status() {
        return status;
    }
}
