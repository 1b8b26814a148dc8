-- One row that every round of the deadline watch locks (SELECT ... FOR UPDATE) for its transaction,
-- so that the timer job, the demo clock and a second node never run two rounds side by side.
create table deadline_watch_lock (
    id integer not null,
    primary key (id)
);

insert into deadline_watch_lock (id) values (1);
