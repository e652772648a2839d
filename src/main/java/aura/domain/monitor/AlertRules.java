package aura.domain.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alert rules in force on a node: the defaults ({@link DefaultAlertRules}), each replaced by a person's rule
 * of the same name or switched off by one, then the person's other rules in the order written. A name is written
 * once among all of the person's rules.
 */
public record AlertRules(List<AlertRule> rules) {
    public AlertRules {
        rules = List.copyOf(rules);
    }

    public static AlertRules defaults() {
        return new AlertRules(DefaultAlertRules.all());
    }

    /**
     * The rules in force with the person's {@code own}; an {@link IllegalArgumentException} whose message starts
     * with the second place a name is written, when one is written twice.
     */
    public static AlertRules inForce(List<OwnAlertRule> own) {
        Map<String, String> seen = new HashMap<>();
        Map<String, OwnAlertRule> byName = new LinkedHashMap<>();
        for (OwnAlertRule o : own) {
            String first = seen.putIfAbsent(o.rule().name(), o.where());
            if (first != null) {
                throw new IllegalArgumentException(o.where() + ": alert rule '" + o.rule().name() + "' is already written at " + first);
            }
            byName.put(o.rule().name(), o);
        }
        List<AlertRule> rules = new ArrayList<>();
        for (AlertRule d : DefaultAlertRules.all()) {
            OwnAlertRule o = byName.remove(d.name());
            if (o == null) rules.add(d);
            else if (o.enabled()) rules.add(o.rule());
        }
        byName.values().stream().filter(OwnAlertRule::enabled).map(OwnAlertRule::rule).forEach(rules::add);
        return new AlertRules(rules);
    }

    public Optional<AlertRule> named(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
