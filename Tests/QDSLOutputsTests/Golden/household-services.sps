* Encoding: UTF-8.
* SPSS syntax for the survey household_services, version 2025.1, labels in fi, written by qdsl compile.
* Title: Kotitalouksien palvelukysely 2025.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* This file labels the data file household-services.csv: yksi rivi per tietue; its key columns are record_id.
* Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.
* household-services.person.csv is labelled by household-services.person.sps.
* household-services.service.csv is labelled by household-services.service.sps.
* household-services.vehicle.csv is labelled by household-services.vehicle.sps.

VARIABLE LABELS record_id "Tietueen tunniste (yhdistää kaikkien datatiedostojen rivit)"
  /interview_start "Haastattelun alkamisaika (paradata)"
  /interview_end "Haastattelun päättymisaika (paradata)"
  /interview_date "Haastattelun päivämäärä (paradata)"
  /device_id "Laitteen tunniste (paradata)"
  /household_size "Kuinka monta henkilöä kotitaloudessanne asuu vakituisesti, teidät mukaan lukien?"
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
  /services_count "services_count = count(service)"
  /dissatisfied_services "dissatisfied_services = count(service where service_satisfaction in [very_dissatisfied, dissatisfied])"
  /contact_permission "Saako kunnan asiakaspalvelu ottaa teihin yhteyttä palautteenne vuoksi?"
  /has_vehicles "Onko kotitaloudellanne käytössä autoa, moottoripyörää tai mopoa?"
  /vehicle_count "vehicle_count = count(vehicle)"
  /chargeable_vehicles "chargeable_vehicles = count(vehicle where power in [electric, plug_in_hybrid])"
  /charging_interest "Harkitsisitteko sähköautoa, jos kotinne lähelle tulisi julkinen latauspiste?"
  /priority "Mitä kunnan palvelua pitäisi mielestänne kehittää ensimmäisenä?"
  /feedback "Muita terveisiä kunnalle:".

VALUE LABELS adult_employed all_retired needs_help
      0 "epätosi"
      1 "tosi"
  /shift_care_need knows_elderly_services contact_permission has_vehicles charging_interest
      1 "Kyllä"
      2 "Ei"
  /services_used_1 services_used_2 services_used_3 services_used_4 services_used_5 services_used_6
      0 "ei valittu"
      1 "valittu"
  /services_used_7 services_used_8 services_used_9
      0 "ei valittu"
      1 "valittu"
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
