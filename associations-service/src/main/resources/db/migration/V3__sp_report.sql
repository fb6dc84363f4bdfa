-- A member MFI's social-performance indicators for one reporting year (DOMAIN.md).
create table sp_report (
    id                          uuid          primary key,
    member_id                   uuid          not null references member (id),
    year                        integer       not null,
    active_borrowers            integer       check (active_borrowers >= 0),
    women_borrowers_pct         numeric(5, 2) check (women_borrowers_pct between 0 and 100),
    rural_borrowers_pct         numeric(5, 2) check (rural_borrowers_pct between 0 and 100),
    gross_loan_portfolio        numeric(19, 2) check (gross_loan_portfolio >= 0),
    currency                    char(3),
    average_loan_size           numeric(19, 2) check (average_loan_size >= 0),
    client_retention_rate_pct   numeric(5, 2) check (client_retention_rate_pct between 0 and 100),
    portfolio_at_risk_30_pct    numeric(5, 2) check (portfolio_at_risk_30_pct between 0 and 100),
    has_social_mission          boolean,
    board_sp_committee          boolean,
    client_protection_endorsed  boolean,
    poverty_measurement_tool    varchar(10),
    non_financial_services      varchar(100)[] not null default '{}',
    staff_turnover_pct          numeric(5, 2) check (staff_turnover_pct between 0 and 100),
    version                     bigint        not null default 0,
    reported_by                 varchar(200)  not null,
    reported_at                 timestamptz   not null,
    unique (member_id, year)
);

create index sp_report_year_idx on sp_report (year);
