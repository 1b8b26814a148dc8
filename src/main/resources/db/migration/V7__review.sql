-- Phase 5: the review of a cycle. A gap (פער) is a significant shortfall of the year: flagged by rule (a red
-- target, a department's adherence below the threshold) or added by the strategy unit; its department
-- explains it and proposes a treatment; the steering committee decides whether it carries into next
-- year's situation assessment. review_year holds the year's review itself: when the list of gaps was
-- closed, the lessons and successes, and the steering committee's decision.
create sequence review_gap_seq start with 1 increment by 50;

create table review_gap (
    id bigint not null,
    cycle_year integer not null,
    department_id varchar(100) not null,
    source varchar(20) not null check (source in ('RULE','STRATEGY_UNIT')),
    kind varchar(20) not null check (kind in ('RED_TARGET','LOW_ADHERENCE','OTHER')),
    target_id bigint,
    indicator varchar(500),
    title varchar(1000) not null,
    detail varchar(4000),
    explanation varchar(4000),
    treatment varchar(4000),
    explained_by varchar(100),
    explained_at timestamp(6) with time zone,
    carried boolean,
    created_by varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    lock bigint not null,
    primary key (id)
);
create index review_gap_year on review_gap (cycle_year, department_id);

create table review_year (
    cycle_year integer not null,
    gaps_closed_by varchar(100),
    gaps_closed_at timestamp(6) with time zone,
    lessons varchar(8000),
    successes varchar(8000),
    lessons_by varchar(100),
    lessons_at timestamp(6) with time zone,
    decided_by varchar(100),
    decided_at timestamp(6) with time zone,
    lock bigint not null,
    primary key (cycle_year)
);
