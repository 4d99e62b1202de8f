package io.cartlog.query.audit;

import io.cartlog.platform.audit.AuditCheckpoints;
import io.cartlog.platform.audit.AuditReport;
import io.cartlog.platform.audit.AuditVerifier;
import io.cartlog.platform.audit.Checkpoint;
import io.cartlog.platform.web.ApiException;
import io.cartlog.query.common.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Tamper evidence of the event store ({@code /admin/audit}): verify the hash chains and checkpoints,
 * and list the checkpoints so an auditor can keep them where we cannot edit them.
 */
@RestController
@RequestMapping("/admin/audit")
class AdminAuditController {

    private final AuditVerifier verifier;
    private final AuditCheckpoints checkpoints;

    AdminAuditController(AuditVerifier verifier, AuditCheckpoints checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    record CheckpointList(List<Checkpoint> checkpoints, long count, int offset, int limit) {
    }

    /** The whole store, or with {@code stream} one aggregate's chain. */
    @GetMapping("/verify")
    AuditReport verify(@RequestParam(required = false) String stream) {
        if (stream == null) {
            return verifier.verifyStore();
        }
        if (stream.isBlank()) {
            throw ApiException.invalidData("Invalid request: 'stream' must not be empty");
        }
        return verifier.verifyStream(stream).orElseThrow(() ->
                ApiException.notFound("stream_not_found", "Stream with id '" + stream + "' was not found"));
    }

    /** Newest first. */
    @GetMapping("/checkpoints")
    CheckpointList checkpoints(@RequestParam(required = false) Integer limit,
                               @RequestParam(required = false) Integer offset) {
        Page page = Page.of(limit, offset, 50);
        return new CheckpointList(checkpoints.latest(page.limit(), page.offset()), checkpoints.count(),
                page.offset(), page.limit());
    }
}
