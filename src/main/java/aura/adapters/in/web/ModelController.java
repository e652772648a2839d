package aura.adapters.in.web;

import aura.application.chat.ListChatModels;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The models live nodes serve, for the chat's model picker. */
@Controller("/api/chat/models")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ModelController {
    private final ListChatModels listChatModels;

    ModelController(ListChatModels listChatModels) {
        this.listChatModels = listChatModels;
    }

    @Serdeable
    record ModelView(String name, List<String> nodes) {
    }

    @Get
    List<ModelView> models() {
        return listChatModels.list().stream().map(m -> new ModelView(m.name(), m.nodes())).toList();
    }
}
