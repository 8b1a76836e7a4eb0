* Encoding: UTF-8.
* SPSS syntax for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-services.person.csv: yksi rivi per person; niin monta kuin household_size (enintään 12); its key columns are record_id, person_index.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-services.csv is labelled by household-services.sps.
* household-services.other.csv is labelled by household-services.other.sps.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* birth_date: birth_date <= interview_date and years_between(birth_date, interview_date) <= 110. Message: Tarkista syntymäaika: se ei voi olla tulevaisuudessa eikä yli 110 vuoden takana.
* birth_date: person.index > 1 or years_between(birth_date, interview_date) >= 15. Message: Kyselyyn vastaavan henkilön on oltava vähintään 15-vuotias.
* Text variants (the first whose condition holds is shown instead of the question) and defaults:.
* name: text if person.index == 1: Mikä on etunimesi?.
* birth_date: text if person.index == 1: Mikä on syntymäaikasi?.

VARIABLE LABELS record_id "Tietueen tunniste (yhdistää kaikkien datatiedostojen rivit)"
  /person_index "person-rivin numero, alkaen 1:stä"
  /name "Mikä on henkilön {person.index} etunimi?"
  /birth_date "Mikä on henkilön {name} syntymäaika?"
  /age "age = years_between(birth_date, interview_date)"
  /in_early_education "Onko {name} varhaiskasvatuksessa (päiväkodissa tai perhepäivähoidossa)?"
  /school_travel "Miten {name} kulkee yleensä kouluun?"
  /activity "Mikä seuraavista kuvaa parhaiten henkilön {name} pääasiallista toimintaa tällä hetkellä?"
  /commute_mode "Miten {name} kulkee yleensä töihin tai opiskelupaikkaan?"
  /commute_minutes "Kuinka monta minuuttia henkilön {name} matka töihin tai opiskelupaikkaan kestää yhteen suuntaan?"
  /daily_help "Tarvitseeko {name} säännöllisesti apua arjen askareissa, kuten kaupassa käynnissä tai siivouksessa?".

VALUE LABELS in_early_education daily_help
      1 "Kyllä"
      2 "Ei"
  /school_travel commute_mode
      1 "Kävellen"
      2 "Polkupyörällä"
      3 "Joukkoliikenteellä"
      4 "Autolla"
      5 "Koulukuljetuksella"
      6 "Muulla tavalla"
  /activity
      1 "Palkkatyössä"
      2 "Yrittäjä"
      3 "Opiskelija tai koululainen"
      4 "Työtön tai lomautettu"
      5 "Eläkkeellä"
      6 "Perhevapaalla tai hoitaa omia lapsia kotona"
      7 "Jokin muu".
