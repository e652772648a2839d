package aura.domain.policy;

import aura.domain.problem.InvalidInput;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prices per model. A model without a price costs nothing: local models are free unless the person says
 * otherwise. Written as {@code model=prompt/output, ...} in dollars per million tokens, e.g.
 * {@code gpt-4o=2.5/10, llama3:8b=0.1/0.1}.
 */
public record PriceList(Map<String, ModelPrice> prices) {
    public static final PriceList NONE = new PriceList(Map.of());

    public PriceList {
        prices = Map.copyOf(prices);
    }

    public ModelPrice of(String model) {
        return prices.getOrDefault(model, ModelPrice.FREE);
    }

    public double cost(String model, long promptTokens, long outputTokens) {
        return of(model).cost(promptTokens, outputTokens);
    }

    /** Reads the written form; a malformed entry is refused naming {@code prices}. */
    public static PriceList parse(String text) {
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        if (text == null || text.isBlank()) return NONE;
        for (String entry : text.split(",")) {
            if (entry.isBlank()) continue;
            int eq = entry.lastIndexOf('=');
            int slash = entry.lastIndexOf('/');
            if (eq <= 0 || slash < eq) {
                throw new InvalidInput("prices", "'" + entry.strip() + "' is not model=prompt/output (dollars per million tokens)");
            }
            String model = entry.substring(0, eq).strip();
            try {
                double prompt = Double.parseDouble(entry.substring(eq + 1, slash).strip());
                double output = Double.parseDouble(entry.substring(slash + 1).strip());
                if (prices.put(model, new ModelPrice(prompt, output)) != null) {
                    throw new InvalidInput("prices", "model " + model + " is priced twice");
                }
            } catch (NumberFormatException e) {
                throw new InvalidInput("prices", "'" + entry.strip() + "' has a price that is not a number");
            }
        }
        return new PriceList(prices);
    }
}
