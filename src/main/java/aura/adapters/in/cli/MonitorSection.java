package aura.adapters.in.cli;

import aura.domain.monitor.OwnAlertRule;
import aura.domain.monitor.WebhookAddress;
import org.yaml.snakeyaml.nodes.Node;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inventory's {@code monitor:} section: the person's alert rules for every node of the mesh, and the webhook
 * their changes are POSTed to ({@code webhook: {url: ...}}, an http(s) URL).
 */
record MonitorSection(List<OwnAlertRule> rules, Optional<String> webhookUrl) {
    static final MonitorSection NONE = new MonitorSection(List.of(), Optional.empty());

    MonitorSection {
        rules = List.copyOf(rules);
    }

    static MonitorSection read(YamlDocument yaml, Node node) {
        Map<String, Node> m = yaml.mapping(node, Set.of("rules", "webhook"), "monitor");
        List<OwnAlertRule> rules = m.containsKey("rules") ? AlertRulesYaml.rules(yaml, m.get("rules"), "monitor.rules") : List.of();
        Optional<String> url = Optional.empty();
        if (m.containsKey("webhook")) {
            Map<String, Node> w = yaml.mapping(m.get("webhook"), Set.of("url"), "monitor.webhook");
            url = yaml.text(w, "url");
            if (url.isEmpty()) throw yaml.problem(m.get("webhook"), "monitor.webhook needs a url");
            if (!webUrl(url.get())) throw yaml.problem(w.get("url"), "monitor.webhook.url is an http(s) URL, not '" + url.get() + "'");
        }
        return new MonitorSection(rules, url);
    }

    /** An absolute http or https URL with a host. */
    static boolean webUrl(String text) {
        return WebhookAddress.valid(text);
    }
}
