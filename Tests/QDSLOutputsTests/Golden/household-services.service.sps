* Encoding: UTF-8.
* SPSS syntax for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-services.service.csv: yksi rivi per kysymyksessä services_used valittu vaihtoehto (enintään 9); its key columns are record_id, service_index, service.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-services.csv is labelled by household-services.sps.

VARIABLE LABELS record_id "Tietueen tunniste (yhdistää kaikkien datatiedostojen rivit)"
  /service_index "service-rivin numero, alkaen 1:stä"
  /service "service-rivin vaihtoehto"
  /service_satisfaction "Kuinka tyytyväisiä olette olleet tähän palveluun: {service}?"
  /improvement "Mitä palvelussa pitäisi parantaa? ({service})"
  /winter_maintenance "Entä kuinka tyytyväisiä olette teiden ja katujen talvikunnossapitoon (auraukseen ja hiekoitukseen)?".

VALUE LABELS service
      1 "Varhaiskasvatus (päiväkoti tai perhepäivähoito)"
      2 "Perusopetus ja koululaisten iltapäivätoiminta"
      3 "Kirjasto"
      4 "Liikuntapaikat ja uimahalli"
      5 "Nuorisotilat ja -toiminta"
      6 "Kulttuuripalvelut ja kansalaisopisto"
      7 "Kunnan työllisyyspalvelut"
      8 "Katujen, teiden ja puistojen kunnossapito"
      9 "Jätehuolto ja kierrätys"
  /service_satisfaction winter_maintenance
      1 "Erittäin tyytymätön"
      2 "Melko tyytymätön"
      3 "Ei tyytyväinen eikä tyytymätön"
      4 "Melko tyytyväinen"
      5 "Erittäin tyytyväinen"
      -1 "En osaa sanoa".

MISSING VALUES service_satisfaction winter_maintenance (-1).
