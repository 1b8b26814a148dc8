-- Each channel's rubric comes from a file (maagal.rubric.file): its arenas (זירות) and their sub-criteria. A working
-- team scores every sub-criterion of its channel 1-5 with a comment. A score keeps the ids and the names it was given
-- under, so that a picture reads as it was scored after the file changes; a picture keeps the channel it was scored
-- for, and the change across years compares the same criterion of the same channel.
alter table channel_picture add column channel varchar(30);

create table rubric_criterion_score (
    channel_picture_id bigint not null,
    position integer not null,
    arena varchar(50) not null,
    arena_name varchar(200) not null,
    criterion varchar(50),
    criterion_name varchar(200),
    score integer not null,
    comment varchar(1000),
    primary key (channel_picture_id, position)
);

alter table rubric_criterion_score add constraint fk_rubric_criterion_score_picture
    foreign key (channel_picture_id) references channel_picture (id);

-- The pictures scored before: one score for each arena of the one early-childhood rubric, no criterion. They are kept
-- as their arena's score, and read as they were.
insert into rubric_criterion_score (channel_picture_id, position, arena, arena_name, criterion, criterion_name, score,
    comment)
select channel_picture_id, position, lower(arena),
    case arena
        when 'AUTHORITY' then 'זירת הרשות'
        when 'PARENTS' then 'זירת ההורים'
        when 'FRAMEWORKS' then 'זירת המסגרות'
        else 'זירת אנשי המקצוע'
    end,
    null, null, coalesce(score, 0), comment
from rubric_score;

drop table rubric_score;
