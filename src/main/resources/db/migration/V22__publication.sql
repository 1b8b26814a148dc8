-- The public site: a year's goal tree, the money of its approved plans or its results, each proposed by the strategy
-- unit as a frozen snapshot (JSON, bounded by the application at 1,000,000 characters) and public only once the
-- committee approves it. Withdrawing a published part keeps who, when and why.
create sequence publication_seq start with 1 increment by 50;

create table publication (
    id bigint not null,
    cycle_year integer not null,
    part varchar(20) not null check (part in ('GOALS','MONEY','RESULTS')),
    status varchar(20) not null check (status in ('PROPOSED','PUBLISHED','NOT_APPROVED','WITHDRAWN')),
    snapshot varchar(1000000) not null,
    process_instance_id varchar(64),
    proposed_by varchar(100) not null,
    proposed_at timestamp(6) with time zone not null,
    decided_at timestamp(6) with time zone,
    decision varchar(1000),
    withdrawn_by varchar(100),
    withdrawn_at timestamp(6) with time zone,
    withdrawn_because varchar(1000),
    lock bigint not null,
    primary key (id)
);
create index publication_year on publication (cycle_year, part, status);
