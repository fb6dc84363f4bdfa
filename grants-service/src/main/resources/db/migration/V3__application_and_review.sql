-- Applications of associations to programmes, and the reviews assigned on them.
create table application (
    id               uuid          primary key,
    programme_id     uuid          not null references programme (id),
    association_id   uuid          not null,
    title            varchar(200)  not null,
    summary          varchar(8000),
    funding_window   varchar(40)   not null,
    requested_amount numeric(19, 2) check (requested_amount > 0),
    duration_months  integer,
    status           varchar(20)   not null,
    submitted_at     timestamptz,
    decided_at       timestamptz,
    score            numeric(5, 2),
    awarded_amount   numeric(19, 2),
    decision_reason  varchar(4000),
    created_by       varchar(200)  not null,
    created_at       timestamptz   not null,
    version          bigint        not null default 0
);

create index application_programme_idx on application (programme_id);
create index application_association_idx on application (association_id);
create index application_status_idx on application (status);

create table application_strategy (
    application_id uuid        not null references application (id) on delete cascade,
    strategy       varchar(40) not null,
    primary key (application_id, strategy)
);

create table application_budget_line (
    application_id uuid           not null references application (id) on delete cascade,
    position       integer        not null,
    category       varchar(100)   not null,
    description    varchar(1000),
    amount         numeric(19, 2) not null check (amount > 0),
    primary key (application_id, position)
);

create table application_outcome (
    application_id uuid          not null references application (id) on delete cascade,
    position       integer       not null,
    indicator      varchar(200)  not null,
    baseline       varchar(200),
    target         varchar(200)  not null,
    primary key (application_id, position)
);

create table review (
    id                  uuid          primary key,
    application_id      uuid          not null references application (id),
    reviewer_subject    varchar(200)  not null,
    assigned_by         varchar(200)  not null,
    assigned_at         timestamptz   not null,
    status              varchar(20)   not null,
    conflict_of_interest boolean      not null default false,
    weighted_score      numeric(5, 2),
    comment             varchar(8000),
    recommendation      varchar(30),
    completed_at        timestamptz,
    version             bigint        not null default 0,
    unique (application_id, reviewer_subject)
);

create index review_reviewer_idx on review (reviewer_subject);

create table review_score (
    review_id uuid         not null references review (id) on delete cascade,
    position  integer      not null,
    criterion varchar(100) not null,
    score     integer      not null check (score >= 0),
    primary key (review_id, position)
);
