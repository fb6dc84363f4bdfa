-- The runtime's InboxRetention deletes inbox rows older than platform.inbox.retention, in batches
-- (inbox_event comes from db/runtime); this index finds them without reading the whole table.
create index inbox_event_processed_at_idx on inbox_event (processed_at);
