-- A key is bound to the request it was first sent with: the SHA-256 (hex) of its method, path and
-- canonical JSON body. Rows stored before this column have none, so their keys answer 422 to any
-- request until they expire, rather than risk replaying an answer to a request that was not theirs.
alter table idempotency_record add column request_hash varchar(64);

-- IdempotencyRetention deletes the rows older than platform.idempotency.retention by this index.
create index idempotency_record_created_at_idx on idempotency_record (created_at);
