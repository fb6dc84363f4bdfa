-- Shared by every service: events waiting for the relay, and events a consumer has applied.

create table outbox_event (
    id           bigserial    primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    aggregate_id varchar(100) not null,
    type         varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now()
);

create table inbox_event (
    consumer     varchar(100) not null,
    event_id     varchar(100) not null,
    type         varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
