-- The audit trail of every transition of an application or a grant. Append-only: the triggers
-- refuse any update or delete, whoever asks.
create table history_entry (
    id             bigserial    primary key,
    aggregate_type varchar(20)  not null,
    aggregate_id   uuid         not null,
    tranche_id     uuid,
    from_status    varchar(30),
    to_status      varchar(30)  not null,
    event_type     varchar(200),
    note           varchar(4000),
    actor_subject  varchar(200) not null,
    actor_name     varchar(200),
    at             timestamptz  not null
);

create index history_entry_aggregate_idx on history_entry (aggregate_type, aggregate_id, id);

create function history_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'history entries are never updated or deleted';
end;
$$;

create trigger history_entry_no_update before update or delete on history_entry
    for each row execute function history_entry_is_append_only();

-- The first answer to a money-moving request sent with an Idempotency-Key, written in the same
-- transaction as its effect, so that a repeated key replays it instead of acting again.
create table idempotency_record (
    subject         varchar(200) not null,
    idempotency_key varchar(200) not null,
    endpoint        varchar(300) not null,
    status          integer,
    body            text,
    created_at      timestamptz  not null default now(),
    primary key (subject, idempotency_key)
);
