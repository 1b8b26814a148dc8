-- A message may carry one text file, mailed with it: a committee meeting's invitation (meeting.ics, an iCalendar
-- file), its update or its cancellation, of the new kind INVITATION. The content is bounded by the application at
-- 64 KB of UTF-8, never more characters than the column holds; name, type and content come together or not at all.
-- The kind column's check constraint carries a name of each database's choosing: the column is replaced, and
-- dropping the old one drops its check.
alter table notification add column attachment_name varchar(100);
alter table notification add column attachment_type varchar(100);
alter table notification add column attachment varchar(65536);
alter table notification add constraint notification_attachment_whole check (
    (attachment is null and attachment_name is null and attachment_type is null)
    or (attachment is not null and attachment_name is not null and attachment_type is not null));

alter table notification add column message_kind varchar(20);
update notification set message_kind = kind;
alter table notification drop column kind;
alter table notification rename column message_kind to kind;
alter table notification alter column kind set not null;
alter table notification add constraint notification_kind
    check (kind in ('REMINDER','ESCALATION','CEO_ESCALATION','DIGEST','INVITATION'));
