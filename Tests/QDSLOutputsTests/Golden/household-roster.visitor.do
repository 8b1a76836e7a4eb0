* Stata do-file for the survey household_roster, version 2024.1, labels in en, written by qdsl compile.
* Title: Household roster
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file household-roster.visitor.csv: one row per visitor; add another while more = Yes (1), at most 10; its key columns are record_id, visitor_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-roster.csv is labelled by household-roster.do.
* Missing-value codes become extended missing values: .a = -1.

version 14

* Variable labels
label variable record_id `"Record identifier (links the rows of every data file)"'
label variable visitor_index `"Number of the visitor row, from 1"'
label variable visitor_name `"Visitor's name?"'
label variable more `"Is there anyone else?"'

* Missing-value codes as extended missing values
replace more = .a if more == -1

* Value labels
label define more ///
  1 `"Yes"' ///
  2 `"No"' ///
  .a `"Don't know"', replace
label values more more
