-- Which node (maagal.node) handed a message to the mail server; and the index by which the mailing jobs find the
-- messages still waiting (mailed_at is null), in id order.
alter table notification add column mailed_by varchar(100);

create index ix_notification_waiting on notification (mailed_at, id);
