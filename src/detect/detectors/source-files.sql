-- The names of the source files, to cite them in evidence without repeating them on every row.
SELECT id, name FROM source_file
