package aura.adapters.in.web;

import aura.application.mesh.ListLanNodes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/** The Aura nodes this node hears on its LAN (mDNS). */
@Controller("/api/mesh/lan")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record LanController(ListLanNodes listLanNodes) {
    @Get
    List<LanNodeView> heard() {
        return listLanNodes.list().stream().map(LanNodeView::of).toList();
    }
}
