-- Every version of an association's SP capacity self-assessment; the highest is the current one.
create table capacity_assessment (
    id             uuid          primary key,
    association_id uuid          not null references association (id),
    version        integer       not null,
    interest       varchar(10)   not null,
    experience     varchar(40)[] not null,
    capabilities   varchar(40)[] not null,
    needs          varchar(40)[] not null,
    notes          varchar(4000),
    assessed_by    varchar(200)  not null,
    assessed_at    timestamptz   not null,
    unique (association_id, version)
);
