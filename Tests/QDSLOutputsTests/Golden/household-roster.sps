* Encoding: UTF-8.
* SPSS syntax for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-roster.csv: one row per record; its key columns are record_id.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.person.csv is labelled by household-roster.person.sps.
* household-roster.crop.csv is labelled by household-roster.crop.sps.
* household-roster.livestock.csv is labelled by household-roster.livestock.sps.
* household-roster.visitor.csv is labelled by household-roster.visitor.sps.

VARIABLE LABELS record_id "Record identifier (links the rows of every data file)"
  /household_size "How many people live here?"
  /children "children = count(person where age < 16)"
  /oldest "oldest = max(person.age)"
  /youngest "youngest = min(person.age)"
  /working_hours "working_hours = sum(job.hours)"
  /all_adults "all_adults = all(person where is_adult)"
  /has_worker "has_worker = any(person where employed == yes)"
  /childcare "Do you use childcare?"
  /grown_1 "Which crops do you grow?: Maize"
  /grown_2 "Which crops do you grow?: Beans"
  /grown_3 "Which crops do you grow?: Rice"
  /n_visitors "n_visitors = count(visitor)".

VALUE LABELS all_adults has_worker
      0 "false"
      1 "true"
  /childcare
      1 "Yes"
      2 "No"
      -1 "Don't know"
  /grown_1 grown_2 grown_3
      0 "not selected"
      1 "selected".

MISSING VALUES childcare (-1).
