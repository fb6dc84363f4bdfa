-- The tables of one read-model generation, created inside its own schema (rm_<n>).
-- Each aggregate keeps the newest version its events carried; relations between aggregates are
-- joined at query time, so an event that arrives before its programme's or association's waits for nothing.

create table programme (
    programme_id  uuid          primary key,
    name          varchar(300)  not null,
    description   text,
    donor_name    varchar(300),
    owner_subject varchar(200)  not null,
    currency      char(3)       not null,
    budget        numeric(19, 2),
    status        varchar(20)   not null,
    version       bigint        not null
);
create index programme_owner_idx on programme (owner_subject);

create table association (
    association_id    uuid         primary key,
    name              varchar(300) not null,
    country           char(2)      not null,
    region            varchar(40)  not null,
    verified          boolean      not null,
    member_count      integer      not null,
    transparency_year integer,
    transparency_rate numeric(7, 4),
    version           bigint       not null
);
create index association_region_idx on association (region);

-- version -1: a placeholder filled in from its grant until the application's own event arrives.
create table application (
    application_id   uuid          primary key,
    programme_id     uuid          not null,
    association_id   uuid          not null,
    title            varchar(500)  not null,
    summary          text,
    funding_window   varchar(40),
    strategies       varchar(500)  not null default '',
    currency         char(3)       not null,
    requested_amount numeric(19, 2),
    awarded_amount   numeric(19, 2),
    duration_months  integer,
    status           varchar(20)   not null,
    submitted_at     timestamptz,
    decided_at       timestamptz,
    version          bigint        not null
);
create index application_programme_idx on application (programme_id);
create index application_association_idx on application (association_id);

create table grant_award (
    grant_id       uuid           primary key,
    application_id uuid           not null unique,
    programme_id   uuid           not null,
    association_id uuid           not null,
    title          varchar(500)   not null,
    currency       char(3)        not null,
    awarded        numeric(19, 2) not null,
    disbursed      numeric(19, 2) not null,
    status         varchar(20)    not null,
    awarded_at     timestamptz    not null,
    version        bigint         not null
);
create index grant_award_programme_idx on grant_award (programme_id);
create index grant_award_export_idx on grant_award (awarded_at, grant_id);

-- Replaced as a whole whenever a newer version of its grant arrives.
create table tranche (
    tranche_id   uuid           primary key,
    grant_id     uuid           not null,
    sequence     integer        not null,
    amount       numeric(19, 2) not null,
    due_date     date,
    milestone    text,
    status       varchar(20)    not null,
    paid_on      date
);
create index tranche_grant_idx on tranche (grant_id);
create index tranche_status_due_idx on tranche (status, due_date);

-- One row per application or grant event; a grant's timeline is its application's rows.
create table grant_timeline (
    event_id       varchar(100)   primary key,
    application_id uuid           not null,
    grant_id       uuid,
    tranche_id     uuid,
    type           varchar(200)   not null,
    occurred_at    timestamptz    not null,
    status         varchar(30),
    amount         numeric(19, 2),
    note           text
);
create index grant_timeline_application_idx on grant_timeline (application_id, occurred_at);

-- One member MFI's indicators for a year, as the newest version of its association reported them.
create table sp_report (
    member_id                  uuid          not null,
    year                       integer       not null,
    association_id             uuid          not null,
    active_borrowers           integer,
    women_borrowers_pct        numeric(9, 4),
    rural_borrowers_pct        numeric(9, 4),
    client_retention_rate_pct  numeric(9, 4),
    portfolio_at_risk30_pct    numeric(9, 4),
    staff_turnover_pct         numeric(9, 4),
    has_social_mission         boolean,
    board_sp_committee         boolean,
    client_protection_endorsed boolean,
    association_version        bigint        not null,
    primary key (member_id, year)
);
create index sp_report_association_year_idx on sp_report (association_id, year);

create table transparency (
    association_id      uuid          not null,
    year                integer       not null,
    members             integer       not null,
    members_reporting   integer       not null,
    rate                numeric(7, 4),
    association_version bigint        not null,
    primary key (association_id, year)
);

-- The portfolio report's figures per programme, dimension (programme, window, strategy, region,
-- country, year), group and currency, so that the report reads a few hundred rows instead of every
-- application. Maintained with portfolio-count.sql in the transaction that changes the rows it counts.
create table portfolio_total (
    dimension    varchar(20)    not null,
    programme_id uuid           not null,
    group_key    varchar(500),
    currency     char(3)        not null,
    applications bigint         not null,
    awards       bigint         not null,
    committed    numeric(19, 2) not null,
    disbursed    numeric(19, 2) not null,
    constraint portfolio_total_key unique nulls not distinct (dimension, programme_id, group_key, currency)
);
