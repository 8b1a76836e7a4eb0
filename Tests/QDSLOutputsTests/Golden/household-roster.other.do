* Stata do-file for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file household-roster.other.csv: one row per person row (at most 12); within each person row; its key columns are record_id, person_index, other_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.person.csv is labelled by household-roster.person.do.

version 14

* Variable labels
label variable record_id `"Record identifier (links the rows of every data file)"'
label variable person_index `"Number of the person row, from 1"'
label variable other_index `"Number of the other row, from 1"'
label variable relation `"What is {other.name} to {name}?"'

* Value labels
label define relation ///
  1 `"Spouse"' ///
  2 `"Child"' ///
  3 `"Other relative"' ///
  4 `"Not related"', replace
label values relation relation
