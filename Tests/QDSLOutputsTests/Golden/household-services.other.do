* Stata do-file for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* This file labels the data file household-services.other.csv: yksi rivi per person-rivi (enintään 12); kunkin person-rivin sisällä; its key columns are record_id, person_index, other_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-services.person.csv is labelled by household-services.person.do.

version 14

* Variable labels
label variable record_id `"Tietueen tunniste (yhdistää kaikkien datatiedostojen rivit)"'
label variable person_index `"person-rivin numero, alkaen 1:stä"'
label variable other_index `"other-rivin numero, alkaen 1:stä"'
label variable relation `"Kuka {name} on henkilölle {other.name}?"'

* Value labels
label define relation ///
  1 `"Puoliso tai avopuoliso"' ///
  2 `"Lapsi"' ///
  3 `"Vanhempi"' ///
  4 `"Sisar tai veli"' ///
  5 `"Lapsenlapsi"' ///
  6 `"Isovanhempi"' ///
  7 `"Muu sukulainen"' ///
  8 `"Ei sukua (esimerkiksi kämppäkaveri)"', replace
label values relation relation
