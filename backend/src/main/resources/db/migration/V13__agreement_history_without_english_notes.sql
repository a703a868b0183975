-- The creation of an agreement was recorded with the English note "created" as its reason, shown as
-- such to Arabic and French readers. A creation is told by its missing from_status; the app words it.
UPDATE agreement_status_change SET reason = NULL WHERE from_status IS NULL AND reason = 'created';
