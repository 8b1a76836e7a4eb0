* Stata do-file for the survey library_visits, labels in en, written by qdsl compile.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file specify-and-help.visit.csv: one row per visit; as many as 2 (at most 2); its key columns are record_id, visit_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* specify-and-help.csv is labelled by specify-and-help.do.
* Missing-value codes become extended missing values: .a = -1.

version 14

* Variable labels
label variable record_id `"Record identifier (links the rows of every data file)"'
label variable visit_index `"Number of the visit row, from 1"'
label variable visit_channel `"Visit {visit.index}: where?"'
label variable visit_channel_other `"Visit {visit.index}: where?: Somewhere else: Where?"'

* Missing-value codes as extended missing values
replace visit_channel = .a if visit_channel == -1

* Value labels
label define visit_channel ///
  1 `"At the desk"' ///
  2 `"Self-service"' ///
  96 `"Somewhere else"' ///
  .a `"Don't know"', replace
label values visit_channel visit_channel
