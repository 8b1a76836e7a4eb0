* Encoding: UTF-8.
* SPSS syntax for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-services.other.csv: yksi rivi per person-rivi (enintään 12); kunkin person-rivin sisällä; its key columns are record_id, person_index, other_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-services.person.csv is labelled by household-services.person.sps.

VARIABLE LABELS record_id "Tietueen tunniste (yhdistää kaikkien datatiedostojen rivit)"
  /person_index "person-rivin numero, alkaen 1:stä"
  /other_index "other-rivin numero, alkaen 1:stä"
  /relation "Kuka {name} on henkilölle {other.name}?".

VALUE LABELS relation
      1 "Puoliso tai avopuoliso"
      2 "Lapsi"
      3 "Vanhempi"
      4 "Sisar tai veli"
      5 "Lapsenlapsi"
      6 "Isovanhempi"
      7 "Muu sukulainen"
      8 "Ei sukua (esimerkiksi kämppäkaveri)".
