* Stata do-file for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file household-roster.livestock.csv: one row per option of animal_list (2); its key columns are record_id, livestock_index, livestock.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.csv is labelled by household-roster.do.

version 14

* Variable labels
label variable record_id `"Record identifier (links the rows of every data file)"'
label variable livestock_index `"Number of the livestock row, from 1"'
label variable livestock `"Option of the livestock row"'
label variable herd `"How many {livestock} do you keep?"'

* Value labels
label define livestock ///
  1 `"Cattle"' ///
  2 `"Goats"', replace
label values livestock livestock
