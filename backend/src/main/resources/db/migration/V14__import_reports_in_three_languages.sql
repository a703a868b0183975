-- An import's report is read later, by people working in Arabic, French or English: each bad row keeps its
-- refusal in the three (message stays the English one); a job's message is the name of a message of the bundle.
ALTER TABLE import_error
    ADD COLUMN message_fr VARCHAR(300) NULL,
    ADD COLUMN message_ar VARCHAR(300) NULL;

UPDATE import_job SET message = CASE
    WHEN message = 'interrupted by a restart; upload the file again' THEN 'IMPORT_INTERRUPTED'
    WHEN message = 'not committed within a day; upload the file again' THEN 'IMPORT_EXPIRED'
    WHEN message = 'the header is wrong; nothing was read' THEN 'IMPORT_HEADER_WRONG'
    WHEN message LIKE '% rows are valid' THEN 'IMPORT_ROWS_VALID'
    WHEN message = 'the file could not be read: it is not a CSV or XLSX file' THEN 'IMPORT_FILE_UNREADABLE'
    WHEN message = 'the import failed unexpectedly; nothing was saved' THEN 'IMPORT_FAILED'
    WHEN message = 'the data changed since the dry run; nothing was saved' THEN 'IMPORT_DATA_CHANGED'
    ELSE message END
WHERE message IS NOT NULL;
