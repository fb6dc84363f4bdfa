create table member (
    id             uuid         primary key,
    association_id uuid         not null references association (id),
    name           varchar(200) not null,
    country        char(2)      not null,
    legal_form     varchar(100),
    joined_year    integer,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now()
);

-- one member per name and association, whatever the case
create unique index member_association_name_idx on member (association_id, lower(name));
