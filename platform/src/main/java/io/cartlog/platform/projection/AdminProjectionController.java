package io.cartlog.platform.projection;

import io.cartlog.platform.projection.ProjectionStatus.ProjectionView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The event processors of this node ({@code /admin/projections}): where each stands, and rebuilds. */
@RestController
@RequestMapping("/admin/projections")
class AdminProjectionController {

    private final ProjectionStatus status;
    private final ProjectionRebuilds rebuilds;

    AdminProjectionController(ProjectionStatus status, ProjectionRebuilds rebuilds) {
        this.status = status;
        this.rebuilds = rebuilds;
    }

    @GetMapping
    Map<String, List<ProjectionView>> list() {
        return Map.of("projections", status.all());
    }

    @GetMapping("/{name}")
    Map<String, ProjectionView> get(@PathVariable String name) {
        return Map.of("projection", view(name));
    }

    /** Starts a rebuild and answers at once; its progress shows in {@code GET}. */
    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, ProjectionView> rebuild(@PathVariable String name) {
        rebuilds.start(name);
        return Map.of("projection", view(name));
    }

    private ProjectionView view(String name) {
        return status.one(name).orElseThrow(() -> ProjectionRebuilds.notFound(name));
    }
}
