create table association (
    id                 uuid         primary key,
    name               varchar(200) not null,
    acronym            varchar(30),
    country            char(2)      not null,
    region             varchar(40)  not null,
    legal_form         varchar(100),
    founded_year       integer,
    website            varchar(500),
    contact_email      varchar(320),
    member_count       integer      not null default 0,
    verified           boolean      not null default false,
    verification_note  varchar(2000),
    verified_by        varchar(200),
    verified_at        timestamptz,
    transparency_year  integer,
    transparency_rate  numeric(5, 4),
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now()
);

create index association_region_idx on association (region);
create index association_country_idx on association (country);

create table association_owner (
    association_id uuid         not null references association (id) on delete cascade,
    subject        varchar(200) not null,
    primary key (association_id, subject)
);

create index association_owner_subject_idx on association_owner (subject);
