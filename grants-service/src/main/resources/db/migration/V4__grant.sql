-- Grants created by awards and their tranches. A tranche's milestone report lives on the tranche.
create table grant_award (
    id             uuid           primary key,
    application_id uuid           not null unique references application (id),
    programme_id   uuid           not null references programme (id),
    association_id uuid           not null,
    title          varchar(200)   not null,
    currency       char(3)        not null,
    awarded        numeric(19, 2) not null check (awarded > 0),
    status         varchar(20)    not null,
    awarded_at     timestamptz    not null,
    version        bigint         not null default 0
);

create index grant_award_programme_idx on grant_award (programme_id);
create index grant_award_association_idx on grant_award (association_id);

create table tranche (
    id                 uuid           primary key,
    grant_id           uuid           not null references grant_award (id),
    sequence           integer        not null,
    amount             numeric(19, 2) not null check (amount > 0),
    due_date           date           not null,
    milestone          varchar(2000)  not null,
    status             varchar(20)    not null,
    report_status      varchar(20)    not null,
    report_narrative   varchar(8000),
    reported_by        varchar(200),
    reported_at        timestamptz,
    review_note        varchar(4000),
    reviewed_by        varchar(200),
    reviewed_at        timestamptz,
    requested_by       varchar(200),
    requested_at       timestamptz,
    approved_by        varchar(200),
    approved_at        timestamptz,
    paid_on            date,
    payment_reference  varchar(200),
    paid_by            varchar(200),
    version            bigint         not null default 0,
    unique (grant_id, sequence)
);

create table tranche_indicator (
    tranche_id uuid         not null references tranche (id) on delete cascade,
    position   integer      not null,
    name       varchar(200) not null,
    actual     varchar(200) not null,
    primary key (tranche_id, position)
);
