* Encoding: UTF-8.
* SPSS syntax for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* age: person.index > 1 or age >= 15. Message: Kyselyyn vastaavan henkilön on oltava vähintään 15-vuotias.

VARIABLE LABELS household_size "Kuinka monta henkilöä kotitaloudessanne asuu vakituisesti, teidät mukaan lukien?"
  /name "Mikä on henkilön {person.index} etunimi?"
  /age "Kuinka vanha {name} on?"
  /in_early_education "Onko {name} varhaiskasvatuksessa (päiväkodissa tai perhepäivähoidossa)?"
  /school_travel "Miten {name} kulkee yleensä kouluun?"
  /activity "Mikä seuraavista kuvaa parhaiten henkilön {name} pääasiallista toimintaa tällä hetkellä?"
  /commute_mode "Miten {name} kulkee yleensä töihin tai opiskelupaikkaan?"
  /commute_minutes "Kuinka monta minuuttia henkilön {name} matka töihin tai opiskelupaikkaan kestää yhteen suuntaan?"
  /daily_help "Tarvitseeko {name} säännöllisesti apua arjen askareissa, kuten kaupassa käynnissä tai siivouksessa?"
  /relation "Kuka {name} on henkilölle {other.name}?"
  /children "children = count(person where age < 18)"
  /under_school_age "under_school_age = count(person where age < 7)"
  /adult_employed "adult_employed = any(person where age >= 18 and activity in [employed, self_employed])"
  /all_retired "all_retired = all(person where activity == retired)"
  /oldest "oldest = max(person.age)"
  /youngest "youngest = min(person.age)"
  /commute_minutes_total "commute_minutes_total = sum(person.commute_minutes)"
  /needs_help "needs_help = any(person where daily_help == yes)"
  /shift_care_need "Tarvitseeko perheenne ilta-, yö- tai viikonloppuhoitoa alle kouluikäisille lapsille?"
  /knows_elderly_services "Tiedättekö, mistä saatte tietoa ikäihmisten palveluista ja kotiin annettavasta avusta?"
  /services_used_1 "Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viimeisen 12 kuukauden aikana?: Varhaiskasvatus (päiväkoti tai " +
    "perhepäivähoito)"
  /services_used_2 "Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viimeisen 12 kuukauden aikana?: Perusopetus ja koululaisten iltapäivätoiminta"
  /services_used_3 "Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viimeisen 12 kuukauden aikana?: Kirjasto"
  /services_used_4 "Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viimeisen 12 kuukauden aikana?: Liikuntapaikat ja uimahalli"
  /services_used_5 "Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viimeisen 12 kuukauden aikana?: Nuorisotilat ja -toiminta"
  /services_used_6 "Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viimeisen 12 kuukauden aikana?: Kulttuuripalvelut ja kansalaisopisto"
  /services_used_7 "Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viimeisen 12 kuukauden aikana?: Kunnan työllisyyspalvelut"
  /services_used_8 "Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viimeisen 12 kuukauden aikana?: Katujen, teiden ja puistojen kunnossapito"
  /services_used_9 "Mitä seuraavista kunnan palveluista kotitaloutenne jäsenet ovat käyttäneet viimeisen 12 kuukauden aikana?: Jätehuolto ja kierrätys"
  /service_satisfaction "Kuinka tyytyväisiä olette olleet tähän palveluun: {service}?"
  /improvement "Mitä palvelussa pitäisi parantaa? ({service})"
  /winter_maintenance "Entä kuinka tyytyväisiä olette teiden ja katujen talvikunnossapitoon (auraukseen ja hiekoitukseen)?"
  /services_count "services_count = count(service)"
  /dissatisfied_services "dissatisfied_services = count(service where service_satisfaction in [very_dissatisfied, dissatisfied])"
  /contact_permission "Saako kunnan asiakaspalvelu ottaa teihin yhteyttä palautteenne vuoksi?"
  /has_vehicles "Onko kotitaloudellanne käytössä autoa, moottoripyörää tai mopoa?"
  /vehicle_type "Millainen ajoneuvo {vehicle.index} on?"
  /power "Mikä on ajoneuvon käyttövoima?"
  /parking "Missä ajoneuvo on yleensä pysäköitynä yöllä?"
  /more_vehicles "Onko kotitaloudellanne vielä muita ajoneuvoja?"
  /vehicle_count "vehicle_count = count(vehicle)"
  /chargeable_vehicles "chargeable_vehicles = count(vehicle where power in [electric, plug_in_hybrid])"
  /charging_interest "Harkitsisitteko sähköautoa, jos kotinne lähelle tulisi julkinen latauspiste?"
  /priority "Mitä kunnan palvelua pitäisi mielestänne kehittää ensimmäisenä?"
  /feedback "Muita terveisiä kunnalle:".

VALUE LABELS in_early_education daily_help shift_care_need knows_elderly_services contact_permission
      1 "Kyllä"
      2 "Ei"
  /has_vehicles more_vehicles charging_interest
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
      7 "Jokin muu"
  /relation
      1 "Puoliso tai avopuoliso"
      2 "Lapsi"
      3 "Vanhempi"
      4 "Sisar tai veli"
      5 "Lapsenlapsi"
      6 "Isovanhempi"
      7 "Muu sukulainen"
      8 "Ei sukua (esimerkiksi kämppäkaveri)"
  /adult_employed all_retired needs_help
      0 "epätosi"
      1 "tosi"
  /services_used_1 services_used_2 services_used_3 services_used_4 services_used_5 services_used_6
      0 "ei valittu"
      1 "valittu"
  /services_used_7 services_used_8 services_used_9
      0 "ei valittu"
      1 "valittu"
  /service_satisfaction winter_maintenance
      1 "Erittäin tyytymätön"
      2 "Melko tyytymätön"
      3 "Ei tyytyväinen eikä tyytymätön"
      4 "Melko tyytyväinen"
      5 "Erittäin tyytyväinen"
      -1 "En osaa sanoa"
  /vehicle_type
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
  /priority
      1 "Varhaiskasvatus (päiväkoti tai perhepäivähoito)"
      2 "Perusopetus ja koululaisten iltapäivätoiminta"
      3 "Kirjasto"
      4 "Liikuntapaikat ja uimahalli"
      5 "Nuorisotilat ja -toiminta"
      6 "Kulttuuripalvelut ja kansalaisopisto"
      7 "Kunnan työllisyyspalvelut"
      8 "Katujen, teiden ja puistojen kunnossapito"
      9 "Jätehuolto ja kierrätys".

MISSING VALUES service_satisfaction winter_maintenance (-1).
