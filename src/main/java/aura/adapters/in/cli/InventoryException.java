package aura.adapters.in.cli;

import aura.domain.problem.InvalidInput;

/** An inventory that cannot be used; the message is one line: {@code FILE:LINE: what is wrong}. */
public class InventoryException extends InvalidInput {
    public InventoryException(String message) {
        super("inventory", message);
    }
}
