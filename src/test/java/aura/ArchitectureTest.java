package aura;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of the house (DESIGN.md), checked on the production classes. Each rule is written for a root package
 * so the same rule can be shown to fail on {@code aura_broken}, a test-only package that breaks it on purpose.
 */
class ArchitectureTest {
    private static JavaClasses production;
    private static JavaClasses broken;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("aura");
        broken = new ClassFileImporter().importPackages("aura_broken");
    }

    /** Classes people wrote, not the bean definitions Micronaut generates beside them (named {@code $...}). */
    static DescribedPredicate<JavaClass> written() {
        return DescribedPredicate.describe("written by hand", c -> !c.getName().contains(".$"));
    }

    static ArchRule domainUsesOnlyTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..").and(written())
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", root + ".domain..")
                .as("the domain imports nothing outside the JDK and itself");
    }

    static ArchRule applicationUsesOnlyDomainAndInjection(String root) {
        return classes().that().resideInAPackage(root + ".application..").and(written())
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta.inject..", root + ".domain..", root + ".application..")
                .as("the application layer imports only the domain, its ports, the JDK and jakarta.inject");
    }

    static ArchRule coreDoesNotKnowAdapters(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAPackage(root + ".adapters..")
                .as("nothing in domain or application imports adapters");
    }

    static ArchRule adaptersDoNotCallEachOtherSideways(String root) {
        String prefix = root + ".adapters.";
        return classes().that().resideInAPackage(root + ".adapters..").should(new ArchCondition<JavaClass>("not depend on another adapter") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = slice(prefix, 2, origin.getPackageName());
                if (from == null) return;
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String to = slice(prefix, 2, d.getTargetClass().getPackageName());
                    if (to != null && !to.equals(from)) events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                }
            }
        }).as("adapters meet only through application ports");
    }

    static ArchRule featuresHaveNoCycles(String root, String layer) {
        String prefix = root + "." + layer + ".";
        return classes().that().resideInAPackage(root + "." + layer + "..").should(new ArchCondition<JavaClass>("be in features free of cycles") {
            private final Map<String, Set<String>> edges = new TreeMap<>();

            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = slice(prefix, 1, origin.getPackageName());
                if (from == null) return;
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String to = slice(prefix, 1, d.getTargetClass().getPackageName());
                    if (to != null && !to.equals(from)) edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }

            @Override
            public void finish(ConditionEvents events) {
                for (String start : edges.keySet()) {
                    List<String> cycle = cycleFrom(start, start, new ArrayList<>(List.of(start)), new HashSet<>());
                    if (cycle != null) events.add(SimpleConditionEvent.violated(start, "cycle: " + String.join(" -> ", cycle)));
                }
            }

            private List<String> cycleFrom(String start, String at, List<String> path, Set<String> seen) {
                for (String next : edges.getOrDefault(at, Set.of())) {
                    if (next.equals(start)) {
                        List<String> cycle = new ArrayList<>(path);
                        cycle.add(start);
                        return cycle;
                    }
                    if (seen.add(next)) {
                        path.add(next);
                        List<String> found = cycleFrom(start, next, path, seen);
                        if (found != null) return found;
                        path.remove(path.size() - 1);
                    }
                }
                return null;
            }
        }).as("no cycles between " + layer + " features");
    }

    /** The first {@code segments} package names after {@code prefix}, or null outside it or when too short. */
    static String slice(String prefix, int segments, String packageName) {
        if (!packageName.startsWith(prefix)) return null;
        String[] parts = packageName.substring(prefix.length()).split("[.]");
        return parts.length < segments ? null : String.join(".", Arrays.copyOf(parts, segments));
    }

    /** Each technology lives in the one adapter package named for it. */
    private static final Map<String, String> TECHNOLOGIES = Map.of(
            "redis.clients..", "adapters.out.redis..", "ai.djl..", "adapters.out.djl..",
            "org.bytedeco..", "adapters.out.cuda..", "oshi..", "adapters.out.oshi..", "javax.jmdns..", "adapters.out.jmdns..",
            "org.bouncycastle..", "adapters.out.bouncycastle..", "io.micronaut.data..", "adapters.out.jdbc..",
            "java.sql..", "adapters.out.jdbc..", "picocli..", "adapters.in.cli..", "org.yaml.snakeyaml..",
            "adapters.in.cli..");
    /** Map.of takes ten pairs at most: the technologies added since. */
    private static final Map<String, String> MORE_TECHNOLOGIES = Map.of("org.apache.lucene..", "adapters.out.lucene..",
            "dev.langchain4j..", "adapters.out.onnx..", "ai.onnxruntime..", "adapters.out.onnx..");

    static List<ArchRule> technologiesStayInTheirAdapter(String root) {
        return java.util.stream.Stream.concat(TECHNOLOGIES.entrySet().stream(), MORE_TECHNOLOGIES.entrySet().stream()).map(t -> (ArchRule) noClasses()
                .that().resideOutsideOfPackage(root + "." + t.getValue()).and(written())
                .should().dependOnClassesThat().resideInAPackage(t.getKey())
                .as(t.getKey() + " is used only in " + t.getValue())).toList();
    }

    /**
     * A port (an interface a driven adapter implements) lives in its feature's {@code port} package; the listeners
     * a driving adapter implements to hear a use case's outcome stay beside that use case.
     */
    static ArchRule portsLiveInThePortPackage(String root) {
        return classes().that().resideInAPackage(root + ".application..").and().areInterfaces().and(written())
                .and(DescribedPredicate.describe("implemented by a driven adapter", (JavaClass c) -> c.getAllSubclasses()
                        .stream().anyMatch(impl -> impl.getPackageName().startsWith(root + ".adapters.out"))))
                .should().resideInAPackage(root + ".application.*.port")
                .as("ports live in application.<feature>.port");
    }

    static ArchRule onlyPortsInThePortPackage(String root) {
        return classes().that().resideInAPackage(root + ".application.*.port").and(written())
                .and().areTopLevelClasses().should().beInterfaces()
                .orShould().beRecords()
                .as("a port package holds ports and the values they speak");
    }

    /**
     * Beans of the application that are not use cases but the node's shared in-memory state, which use cases
     * read and feed; and PlanRoute, whose decisions and their outcomes share the pending decisions.
     */
    private static final Set<String> SHARED_STATE = Set.of("GenerationMeter", "Dispatches", "RoundTrips", "TdaWork", "AlertBook",
            "PlanRoute", "OutlookBook", "MonitorFeed", "NodeDrain");

    /** A use case is a bean of the application with one public action (STYLE.md). */
    static ArchRule useCasesExposeOneAction(String root) {
        return classes().that().resideInAPackage(root + ".application..").and(written())
                .and().areAnnotatedWith("jakarta.inject.Singleton")
                .and(DescribedPredicate.describe("not shared state", (JavaClass c) -> !SHARED_STATE.contains(c.getSimpleName())))
                .should(new ArchCondition<JavaClass>("expose one public method") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        var actions = c.getMethods().stream()
                                .filter(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                                .filter(m -> !recordsOwn(c, m))
                                .filter(m -> !m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                                .filter(m -> !m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC))
                                .map(m -> m.getName()).distinct().toList();
                        if (actions.size() > 1) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " has " + actions.size()
                                    + " public methods: " + actions));
                        }
                    }
                }).as("use cases expose one public method");
    }

    /**
     * What every record has: an accessor per component and equals, hashCode and toString. A use case whose only
     * state is its ports is a record, and these are not actions.
     */
    private static boolean recordsOwn(JavaClass c, com.tngtech.archunit.core.domain.JavaMethod m) {
        var type = c.reflect();
        if (!type.isRecord()) return false;
        return Set.of("equals", "hashCode", "toString").contains(m.getName())
                || m.getRawParameterTypes().isEmpty()
                && Arrays.stream(type.getRecordComponents()).anyMatch(rc -> rc.getName().equals(m.getName()));
    }

    static ArchRule controllersOnlyInInboundAdapters(String root) {
        return classes().that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
                .should().resideInAPackage(root + ".adapters.in..");
    }

    static ArchRule entitiesOnlyInOutboundAdapters(String root) {
        return classes().that().areAnnotatedWith("io.micronaut.data.annotation.MappedEntity")
                .should().resideInAPackage(root + ".adapters.out..");
    }

    static ArchRule noSystemOutOutsideTheCommandLine(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.in.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .as("only the command line writes to System.out and System.err");
    }

    static List<ArchRule> rules(String root) {
        return List.of(domainUsesOnlyTheJdk(root), applicationUsesOnlyDomainAndInjection(root),
                coreDoesNotKnowAdapters(root), adaptersDoNotCallEachOtherSideways(root),
                featuresHaveNoCycles(root, "domain"), featuresHaveNoCycles(root, "application"),
                controllersOnlyInInboundAdapters(root), entitiesOnlyInOutboundAdapters(root),
                noSystemOutOutsideTheCommandLine(root), portsLiveInThePortPackage(root), onlyPortsInThePortPackage(root),
                useCasesExposeOneAction(root));
    }

    /** Every rule, with the fixture class of {@code aura_broken} whose breaking it must name. */
    static Map<ArchRule, String> rulesWithTheirCulprit(String root) {
        Map<ArchRule, String> culprits = new java.util.LinkedHashMap<>();
        List<ArchRule> core = rules(root);
        List<String> names = List.of("FrameworkInDomain", "UseCaseOnAdapters", "UseCaseOnAdapters", "AdapterA",
                "cycle: x -> y -> x", "cycle: x -> y -> x", "ControllerInTheCore", "ControllerInTheCore",
                "FrameworkInDomain", "PortBesideTheUseCases", "UseCaseInThePortPackage", "TwoActions");
        for (int i = 0; i < core.size(); i++) culprits.put(core.get(i), names.get(i));
        technologiesStayInTheirAdapter(root).forEach(rule -> culprits.put(rule, "TechnologyInTheWrongPlace"));
        culprits.put(domainDoesNoIo(root), "IoInDomain");
        return culprits;
    }

    /** The I/O half of the domain rule, on its own so its fixture can be told from the framework one. */
    static ArchRule domainDoesNoIo(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.nio.file..",
                        "java.nio.channels..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile|Console).*")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.lang\\.(ProcessBuilder|Runtime)")
                .as("the domain does no I/O: no SQL, sockets, files or processes");
    }

    @Test
    void productionCodeKeepsEveryRuleOfTheHouse() {
        assertThat(production.size()).isGreaterThan(30);
        rulesWithTheirCulprit("aura").keySet().forEach(rule -> rule.check(production));
    }

    @Test
    void eachRuleCatchesTheCodeThatBreaksIt() {
        rulesWithTheirCulprit("aura_broken").forEach((rule, culprit) ->
                assertThatThrownBy(() -> rule.check(broken)).as(rule.getDescription())
                        .isInstanceOf(AssertionError.class).hasMessageContaining(culprit));
    }

    @Test
    void theBrokenFixturesCanNeverBecomeBeansOfARunningNode() {
        for (JavaClass c : broken) {
            boolean bean = c.isAnnotatedWith("io.micronaut.http.annotation.Controller")
                    || c.isAnnotatedWith("jakarta.inject.Singleton")
                    || c.isAnnotatedWith("io.micronaut.data.annotation.MappedEntity");
            if (bean) {
                assertThat(c.isAnnotatedWith("io.micronaut.context.annotation.Requires")).as(c.getName()
                        + " must require a property no node sets").isTrue();
            }
        }
    }
}
