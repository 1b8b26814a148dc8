-- What was on a meeting's agenda when it was held or cancelled, in order: an item that moves on to the next
-- meeting stays in the record of the one that did not decide it.
create table meeting_agenda (
    meeting_id bigint not null references meeting (id),
    position integer not null,
    item_id bigint not null references agenda_item (id),
    primary key (meeting_id, position)
);
