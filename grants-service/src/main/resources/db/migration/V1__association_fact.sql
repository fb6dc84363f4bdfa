-- What grants-service knows of each association, learnt from associations.events: the facts that
-- eligibility and ownership of applications depend on. Never written by a user request.
create table association_fact (
    association_id    uuid         primary key,
    name              varchar(200) not null,
    country           char(2)      not null,
    region            varchar(40)  not null,
    verified          boolean      not null,
    member_count      integer      not null,
    transparency_year integer,
    transparency_rate numeric(5, 4),
    source_version    bigint       not null,
    updated_at        timestamptz  not null
);

create table association_fact_owner (
    association_id uuid         not null references association_fact (association_id) on delete cascade,
    subject        varchar(200) not null,
    primary key (association_id, subject)
);

create index association_fact_owner_subject_idx on association_fact_owner (subject);
