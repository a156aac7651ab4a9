-- The stored articles a briefing was woven from, as one key (store.base members_key): a story whose
-- members changed while its size stayed (the end-of-run pass moving one report in and another out) is
-- woven again, which comparing sizes alone missed. NULL for briefings stored before this column.
ALTER TABLE briefings ADD COLUMN members TEXT;
