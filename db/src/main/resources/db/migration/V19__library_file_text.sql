-- The text of an attached PDF, read once when it is uploaded, so that the search finds what the
-- report says without opening the file again at each rebuild of an index.
ALTER TABLE library_file ADD COLUMN extracted_text MEDIUMTEXT NULL;
