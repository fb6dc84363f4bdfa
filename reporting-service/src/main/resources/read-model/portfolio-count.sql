-- Adds (sign 1) or takes away (sign -1) what the given applications, and the applications of the
-- given associations, count for in portfolio_total as their rows stand now. A writer takes them away
-- before it changes their rows and adds them back after, so the totals move by exactly the change,
-- whatever order or repetition the events came in. A submitted application counts (drafts withdrawn
-- before submission do not; a placeholder filled from its grant does), once per strategy.
-- Parameters: sign, application ids (uuid[]), association ids (uuid[]).
with p as (select ?::integer as sign)
insert into portfolio_total as t (dimension, programme_id, group_key, currency, applications, awards, committed,
    disbursed)
select d.dimension, a.programme_id, d.group_key, a.currency, p.sign * count(*),
    p.sign * count(*) filter (where g.grant_id is not null or a.status = 'AWARDED'),
    p.sign * coalesce(sum(coalesce(g.awarded, a.awarded_amount)), 0), p.sign * coalesce(sum(g.disbursed), 0)
from p cross join application a
-- looked up per application (limit 1 keeps the planner from joining whole tables: a cached plan
-- does not know how many ids the arrays hold)
left join lateral (select g.grant_id, g.awarded, g.disbursed from grant_award g
    where g.application_id = a.application_id limit 1) g on true
left join lateral (select s.region, s.country from association s
    where s.association_id = a.association_id limit 1) s on true
cross join lateral (
    select 'programme', null::text
    union all select 'window', a.funding_window
    union all select 'year', extract(year from coalesce(a.submitted_at, a.decided_at))::int::text
    union all select 'region', s.region
    union all select 'country', s.country::text
    union all select 'strategy', st
        from unnest(coalesce(string_to_array(nullif(a.strategies, ''), ','), array[null::text])) st
) d (dimension, group_key)
where (a.application_id = any(?::uuid[]) or a.association_id = any(?::uuid[]))
    and (a.submitted_at is not null or a.status <> 'WITHDRAWN')
group by 1, 2, 3, 4, p.sign
order by 1, 2, 3, 4
on conflict on constraint portfolio_total_key do update set applications = t.applications + excluded.applications,
    awards = t.awards + excluded.awards, committed = t.committed + excluded.committed,
    disbursed = t.disbursed + excluded.disbursed
