-- The city's picture (תמונת העיר): what the situation assessment learnt, in one document for the planners. It is
-- read from what phase 1 stored; this table keeps the strategy unit's summary and who closed the phase, when.
create table city_picture (
    cycle_year integer not null,
    summary varchar(4000) not null,
    closed_by varchar(100) not null,
    closed_at timestamp(6) with time zone not null,
    primary key (cycle_year)
);

-- What a department says became of the gaps the steering committee carried into this year.
alter table department_assessment add column carried_gaps_follow_up varchar(4000);

-- The city's vision (חזון) at the head of the goal tree: a line above the sheet's header, kept with each version.
alter table goal_tree_version add column vision varchar(1000);

-- The CEO's emphases (דגשים ניהוליים) an activity of a work plan serves, by their number in the year's list.
create table work_plan_activity_emphasis (
    activity_id bigint not null,
    emphasis integer not null,
    primary key (activity_id, emphasis),
    foreign key (activity_id) references work_plan_activity (id)
);
