package aura.adapters.in.cli;

import aura.application.lnn.port.ModelFiles;
import aura.application.lnn.TrainForecaster;
import aura.application.tda.CompareDiagrams;
import aura.application.tda.ComputePersistence;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands' bean context: the web door's use cases, and no web server, database or mesh adapters. */
class CommandContextTest {

    @Test
    void theCommandsGetTheUseCasesOfTheWebDoorWithoutServerOrDatabase() {
        try (ApplicationContext context = CommandContext.start()) {
            assertThat(context.getBean(ComputePersistence.class)).isNotNull();
            assertThat(context.getBean(CompareDiagrams.class)).isNotNull();
            assertThat(context.getBean(TrainForecaster.class)).isNotNull();
            assertThat(context.getBean(ModelFiles.class)).isNotNull();
            assertThat(context.findBean(EmbeddedServer.class).filter(EmbeddedServer::isRunning)).isEmpty();
            assertThat(context.containsBean(DataSource.class)).isFalse();
            assertThat(context.getEnvironment().getProperty("aura.mode", String.class)).hasValue("solo");
        }
    }
}
