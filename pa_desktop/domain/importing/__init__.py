"""Reading absences exported by school administration software, without any I/O.

The services read the bytes of a file (and decode them, or open an XLSX workbook); everything from
text or cell values onwards happens here, as pure functions that tests can feed directly:

- `tabular`: CSV text (semicolon, comma or tab, sniffed) and XLSX cell values into a `Table`;
- `mapping`: which column holds which field, recognised from Dutch, French and English headers
  or chosen by the user, and the `Table` read through it into `SourceRow`s;
- `informat`: Informat's text format (blocks of `DDMMYYTx`, an optional code, pupil numbers);
- `smartschool`: Smartschool's per-date JSON (`{"YYYY-MM-DD": {"am": code, "pm": code}}`);
- `streams`: rows parsed again from the text on each pass instead of held (the memory bound);
- `values`: the spellings of dates, half days, lesson hours, numbers and names seen in real files;
- `checks`: every row checked against the code table and the school calendar;
- `schools`: which of the vault's schools each line names, when the file has a school column;
- `plan`: the checked rows matched to pupils and compared with what the vault already holds,
  giving the preview's counts and what to write.

Every format ends as `SourceRow`s (one absence the file states, with its line number), so the
checks and the counts are the same whatever software made the file.
"""
