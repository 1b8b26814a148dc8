-- Phase 3: each department's work plan, one row per version (a revision never overwrites the one
-- before), its activities linked to targets of the approved goal tree, their budget lines linked to
-- clauses of the budget book, the reviews of each version, and the editions of the book of work plans.
create sequence work_plan_version_seq start with 1 increment by 50;
create sequence work_plan_activity_seq start with 1 increment by 50;
create sequence work_plan_budget_line_seq start with 1 increment by 50;
create sequence work_plan_review_seq start with 1 increment by 50;
create sequence work_plan_book_seq start with 1 increment by 50;

create table work_plan_version (
    id bigint not null,
    cycle_year integer not null,
    department_id varchar(100) not null,
    number integer not null,
    status varchar(20) not null check (status in ('DRAFT','SUBMITTED','RETURNED','APPROVED')),
    created_at timestamp(6) with time zone not null,
    created_by varchar(100) not null,
    submitted_at timestamp(6) with time zone,
    submitted_by varchar(100),
    lock bigint not null,
    primary key (id),
    unique (cycle_year, department_id, number)
);

create table work_plan_activity (
    id bigint not null,
    version_id bigint not null,
    position integer,
    title varchar(500) not null,
    owner varchar(200),
    start_date date,
    end_date date,
    milestone_q1 varchar(500),
    milestone_q2 varchar(500),
    milestone_q3 varchar(500),
    milestone_q4 varchar(500),
    output_measure varchar(500),
    primary key (id),
    foreign key (version_id) references work_plan_version (id)
);
create index work_plan_activity_version on work_plan_activity (version_id);

create table work_plan_activity_target (
    activity_id bigint not null,
    target_id bigint not null,
    primary key (activity_id, target_id),
    foreign key (activity_id) references work_plan_activity (id)
);

create table work_plan_budget_line (
    id bigint not null,
    activity_id bigint not null,
    position integer,
    clause_code varchar(50) not null,
    clause_name varchar(300) not null,
    budget_type varchar(20) not null check (budget_type in ('OPERATING','DEVELOPMENT')),
    funding_kind varchar(20) not null check (funding_kind in ('MUNICIPAL','GOVERNMENT','PHILANTHROPY','BUSINESS')),
    funder varchar(200),
    amount numeric(19,2) not null,
    status varchar(20) not null check (status in ('REQUESTED','APPROVED','CUT')),
    primary key (id),
    foreign key (activity_id) references work_plan_activity (id)
);
create index work_plan_budget_line_activity on work_plan_budget_line (activity_id);

create table work_plan_review (
    id bigint not null,
    cycle_year integer not null,
    department_id varchar(100) not null,
    version_number integer not null,
    step varchar(20) not null check (step in ('CHECKS','ALIGNMENT','BUDGET','CEO')),
    approved boolean not null,
    comments varchar(4000),
    decided_by varchar(100) not null,
    decided_at timestamp(6) with time zone not null,
    primary key (id)
);
create index work_plan_review_plan on work_plan_review (cycle_year, department_id);

create table work_plan_book (
    id bigint not null,
    cycle_year integer not null,
    edition integer not null,
    status varchar(20) not null check (status in ('COMPILED','RETURNED','APPROVED')),
    compiled_at timestamp(6) with time zone not null,
    compiled_by varchar(100) not null,
    decided_at timestamp(6) with time zone,
    decided_by varchar(100),
    comments varchar(4000),
    primary key (id),
    unique (cycle_year, edition)
);
