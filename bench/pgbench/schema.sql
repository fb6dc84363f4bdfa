-- The limit: what one write costs at the database, on tables shaped like the services' own.
-- An aggregate table like associations-service's association (with its two secondary indexes)
-- and the transactional outbox of service-runtime (V0_1__event_outbox_and_inbox.sql).
create table aggregate (
    id                uuid         primary key,
    name              varchar(200) not null,
    acronym           varchar(30),
    country           char(2)      not null,
    region            varchar(40)  not null,
    legal_form        varchar(100),
    founded_year      integer,
    contact_email     varchar(320),
    member_count      integer      not null default 0,
    verified          boolean      not null default false,
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now()
);
create index aggregate_region_idx on aggregate (region);
create index aggregate_country_idx on aggregate (country);

create table outbox_event (
    id           bigserial    primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    aggregate_id varchar(100) not null,
    type         varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now()
);
