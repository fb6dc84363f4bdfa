-- Funding programmes of donors. committed is the sum of awards, changed only under a row lock
-- (select ... for update) so that two awards can never both spend the last of the budget.
create table programme (
    id                    uuid          primary key,
    name                  varchar(200)  not null,
    description           varchar(4000),
    donor_name            varchar(200)  not null,
    owner_subject         varchar(200)  not null,
    currency              char(3)       not null,
    budget                numeric(19, 2) not null check (budget > 0),
    max_grant             numeric(19, 2) not null check (max_grant > 0 and max_grant <= budget),
    committed             numeric(19, 2) not null default 0 check (committed >= 0 and committed <= budget),
    opens_on              date          not null,
    closes_on             date          not null check (closes_on >= opens_on),
    require_verified      boolean       not null,
    min_transparency_rate numeric(5, 4),
    min_member_count      integer,
    status                varchar(20)   not null,
    version               bigint        not null default 0,
    created_at            timestamptz   not null
);

create index programme_status_idx on programme (status);
create index programme_owner_idx on programme (owner_subject);

create table programme_window (
    programme_id   uuid        not null references programme (id) on delete cascade,
    funding_window varchar(40) not null,
    primary key (programme_id, funding_window)
);

create table programme_region (
    programme_id uuid        not null references programme (id) on delete cascade,
    region       varchar(40) not null,
    primary key (programme_id, region)
);

create table programme_rubric (
    programme_id uuid          not null references programme (id) on delete cascade,
    position     integer       not null,
    criterion    varchar(100)  not null,
    weight       numeric(4, 3) not null check (weight > 0 and weight <= 1),
    max_score    integer       not null check (max_score > 0),
    primary key (programme_id, position)
);
