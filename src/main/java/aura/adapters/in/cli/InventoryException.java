package aura.adapters.in.cli;

/** An inventory that cannot be used; the message is one line: {@code FILE:LINE: what is wrong}. */
public class InventoryException extends IllegalArgumentException {
    public InventoryException(String message) {
        super(message);
    }
}
