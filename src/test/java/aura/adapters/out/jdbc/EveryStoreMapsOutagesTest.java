package aura.adapters.out.jdbc;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every database adapter of an application port answers an outage as 503 with Retry-After, never 500
 * ({@link DatabaseOutages}): a store added without it broke the lead-failover test's "never a 500" once.
 */
class EveryStoreMapsOutagesTest {
    @Test
    void everyJdbcAdapterOfAPortMapsDatabaseOutages() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("aura.adapters.out.jdbc");
        List<String> unmapped = new ArrayList<>();
        int stores = 0;
        for (JavaClass c : classes) {
            if (c.getName().contains("$") || !c.getSimpleName().startsWith("Jdbc")) continue;
            boolean adaptsAPort = c.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().endsWith(".port"));
            if (!adaptsAPort) continue;
            stores++;
            if (!c.isAnnotatedWith(DatabaseOutages.class.getName())) unmapped.add(c.getSimpleName());
        }
        assertThat(stores).isGreaterThan(10);
        assertThat(unmapped).as("JDBC adapters without @DatabaseOutages").isEmpty();
    }
}
