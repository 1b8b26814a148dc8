-- When the mail server answered a message's end of data (it has taken the message). A message marked mailed
-- (mailed_at, mailed_by) but never confirmed is one whose node died, or whose connection broke, between the
-- mark and the server's answer: the server may not have it. Messages mailed before this column counted as
-- taken, as they were then.
alter table notification add column confirmed_at timestamp(6) with time zone;

update notification set confirmed_at = mailed_at where mailed_by is not null;
