-- Read model: one row per association, as its latest event describes it.
create table association_summary (
    association_id    uuid         primary key,
    name              varchar(200) not null,
    country           char(2)      not null,
    region            varchar(40)  not null,
    verified          boolean      not null,
    member_count      integer      not null,
    transparency_year integer,
    transparency_rate numeric(5, 4),
    source_version    bigint       not null,
    last_event_at     timestamptz
);

create index association_summary_region_idx on association_summary (region);
