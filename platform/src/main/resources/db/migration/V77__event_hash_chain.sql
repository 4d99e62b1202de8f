-- Tamper evidence (docs/tamper-evidence.md). Every event carries the SHA-256 (lowercase hex) that chains it
-- to the previous event of its stream; NULL only on rows written before this migration (or without the
-- hash-chaining insert), until the startup seal covers them.
ALTER TABLE domain_event_entry ADD COLUMN event_hash VARCHAR(64);

-- Checkpoints over the global order: each seals the events in (previous_position, position] after the
-- previous checkpoint. Both keys are unique, so two nodes sealing at once cannot fork the chain: the
-- second insert fails and that node keeps the winner's checkpoint.
CREATE TABLE audit_checkpoint (
    position          BIGINT      NOT NULL PRIMARY KEY,
    previous_position BIGINT      NOT NULL,
    event_count       BIGINT      NOT NULL,
    checkpoint_hash   VARCHAR(64) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT audit_checkpoint_previous_position_key UNIQUE (previous_position)
);
