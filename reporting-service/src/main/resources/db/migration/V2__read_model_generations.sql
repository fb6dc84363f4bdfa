-- The read model now lives in one schema per generation (rm_<n>), so that a rebuild can fill a
-- fresh one while the active one keeps answering. This table says which generation answers.
drop table association_summary;

create table read_model_generation (
    generation   integer     primary key,
    schema_name  varchar(63) not null unique,
    status       varchar(20) not null check (status in ('BUILDING', 'ACTIVE')),
    started_at   timestamptz not null,
    activated_at timestamptz
);

create unique index read_model_generation_one_active on read_model_generation (status) where status = 'ACTIVE';
create unique index read_model_generation_one_building on read_model_generation (status) where status = 'BUILDING';
