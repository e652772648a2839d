package aura.adapters.in.web;

import aura.application.mesh.ListMeshNodes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/** The mesh as this node sees it. */
@Controller("/api/mesh")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
record MeshController(ListMeshNodes listMeshNodes) {
    @Get("/nodes")
    List<MeshMemberView> nodes() {
        return listMeshNodes.list().stream().map(MeshMemberView::of).toList();
    }
}
