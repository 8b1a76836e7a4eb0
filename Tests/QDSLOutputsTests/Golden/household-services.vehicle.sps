* Encoding: UTF-8.
* SPSS syntax for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-services.vehicle.csv: yksi rivi per vehicle; uusi lisätään niin kauan kuin more_vehicles = Kyllä (1), enintään 6; its key columns are record_id, vehicle_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-services.csv is labelled by household-services.sps.

VARIABLE LABELS record_id "Tietueen tunniste (yhdistää kaikkien datatiedostojen rivit)"
  /vehicle_index "vehicle-rivin numero, alkaen 1:stä"
  /vehicle_type "Millainen ajoneuvo {vehicle.index} on?"
  /power "Mikä on ajoneuvon käyttövoima?"
  /parking "Missä ajoneuvo on yleensä pysäköitynä yöllä?"
  /more_vehicles "Onko kotitaloudellanne vielä muita ajoneuvoja?".

VALUE LABELS vehicle_type
      1 "Henkilöauto"
      2 "Pakettiauto"
      3 "Moottoripyörä"
      4 "Mopo tai mopoauto"
  /power
      1 "Bensiini"
      2 "Diesel"
      3 "Sähkö"
      4 "Lataushybridi"
      5 "Muu (esimerkiksi kaasu)"
  /parking
      1 "Oma piha tai autotalli"
      2 "Taloyhtiön pysäköintipaikka"
      3 "Kadun varressa"
      4 "Pysäköintitalossa"
  /more_vehicles
      1 "Kyllä"
      2 "Ei".
