-- What each process instance, or each instance of a multi-instance activity, is about: its cycle, year,
-- department, team, member, gap, round, late task, and the ids the application computed for it on the way
-- (the assessment, the goal tree version and vote round under vote). Written by the application when it
-- starts the instance or the activity, and by its own delegates; never by a task's completion. Listeners
-- read who-or-what from here, not from process variables, which whoever completes a task may set.
create table process_fact (
  execution_id varchar(64) not null,
  name varchar(32) not null,
  fact_value varchar(255) not null,
  process_instance_id varchar(64) not null,
  primary key (execution_id, name)
);

create index process_fact_by_value on process_fact (name, fact_value);
