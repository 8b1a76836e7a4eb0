* Stata do-file for the survey innovation_barometer, version 2022.1, labels in fi, written by qdsl compile.
* Title: Kunta-alan innovaatiobarometri 2022
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, load the data (for example with import delimited or use) and run this file (do FILE.do).
* Then save the data as a .dta file to keep the labels.
* Variable labels are cut to Stata's 80 characters.
* Missing-value codes become extended missing values: .a = -1.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* staff (soft check): staff <= 40000. Message: {staff} henkilöä on poikkeuksellisen paljon. Tarkistakaa luku tai vahvistakaa se.
* inhabitants: inhabitants > staff. Message: Asukasluvun pitäisi olla suurempi kuin henkilöstön määrä ({staff}). Tarkistakaa luku.
* innovation_count: innovation_count >= kind_count. Message: Innovaatioita ei voi olla vähemmän kuin valitsemianne innovaatiotyyppejä.
* participants: participants <= staff. Message: Osallistujia ei voi olla enemmän kuin organisaatiossa on työntekijöitä ({staff}).
* unit_fte: unit_fte <= staff. Message: Yksikön henkilötyövuosia ei voi olla enemmän kuin organisaatiossa on työntekijöitä ({staff}).

version 14

* Variable labels
label variable org_name `"Organisaation nimi"'
label variable org_type `"Minkä tyyppinen organisaatio {org_name} on?"'
label variable org_type_other `"Minkä tyyppinen organisaatio {org_name} on?: Muu organisaatio: Kertokaa, millais"'
label variable staff `"Kuinka monta henkilöä organisaationne työllistää?"'
label variable inhabitants `"Mikä on kuntanne asukasluku?"'
label variable member_municipalities `"Kuinka monen kunnan alueella organisaationne toimii?"'
label variable role `"Mikä on oma tehtävänne organisaatiossa?"'
label variable role_other `"Mikä on oma tehtävänne organisaatiossa?: Muu tehtävä: Mikä on tehtävänne?"'
label variable activity `"Mikä seuraavista kuvaa parhaiten innovaatiotoimintaa organisaatiossanne?"'
label variable adopted `"Onko organisaationne ottanut käyttöön innovaatioita kahden viime vuoden aikana?"'
label variable kinds_1 `"Millaisia innovaatioita organisaationne otti käyttöön?: Tuoteinnovaatio (uusi ta"'
label variable kinds_2 `"Millaisia innovaatioita organisaationne otti käyttöön?: Palveluinnovaatio (uusi"'
label variable kinds_3 `"Millaisia innovaatioita organisaationne otti käyttöön?: Prosessi-innovaatio (uus"'
label variable kinds_4 `"Millaisia innovaatioita organisaationne otti käyttöön?: Organisaatioinnovaatio ("'
label variable kinds_5 `"Millaisia innovaatioita organisaationne otti käyttöön?: Koko palvelujärjestelmän"'
label variable kinds_m1 `"Millaisia innovaatioita organisaationne otti käyttöön?: En osaa sanoa"'
label variable kind_count `"kind_count = count(kinds)"'
label variable innovation_count `"Kuinka monta innovaatiota organisaationne otti käyttöön kahden viime vuoden aika"'
label variable system_description `"Kuvailkaa lyhyesti koko palvelujärjestelmän kattavaa innovaatiota."'
label variable novelty `"Mikä seuraavista kuvaa parhaiten organisaationne viimeisintä käyttöön otettua in"'
label variable origin `"Mistä ratkaisu tai sen taustalla ollut idea oli peräisin?"'
label variable motives_1 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Käyttäjien tar"'
label variable motives_2 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Säästöt ja teh"'
label variable motives_3 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Muutoksen mahd"'
label variable motives_4 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Lainsäädännön"'
label variable motives_5 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Poliittinen pä"'
label variable motives_6 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Henkilöstön al"'
label variable motives_7 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Saatavilla oll"'
label variable motives_8 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Koronapandemia"'
label variable motives_m1 `"Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: En osaa sanoa"'
label variable sharing_1 `"Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Omilla verk"'
label variable sharing_2 `"Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Omissa verk"'
label variable sharing_3 `"Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Yhteistyöku"'
label variable sharing_4 `"Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Seminaareis"'
label variable sharing_5 `"Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Sosiaalises"'
label variable sharing_6 `"Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Tiedotusväl"'
label variable sharing_97 `"Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Innovaatios"'
label variable outcomes_1 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: T"'
label variable outcomes_2 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: T"'
label variable outcomes_3 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: P"'
label variable outcomes_4 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: P"'
label variable outcomes_5 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: P"'
label variable outcomes_6 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: H"'
label variable outcomes_m2 `"Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: V"'
label variable adoption_plans `"Aikooko organisaationne ottaa käyttöön innovaatioita seuraavien kahden vuoden ai"'
label variable idea_sources_1 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: O"'
label variable idea_sources_2 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: P"'
label variable idea_sources_3 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: L"'
label variable idea_sources_4 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: M"'
label variable idea_sources_5 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Y"'
label variable idea_sources_6 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Y"'
label variable idea_sources_7 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: K"'
label variable idea_sources_8 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: K"'
label variable idea_sources_9 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: K"'
label variable idea_sources_10 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: V"'
label variable idea_sources_m1 `"Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: E"'
label variable partners_1 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_2 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_3 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_4 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_5 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_6 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_7 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partners_97 `"Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden"'
label variable partner_count `"partner_count = count(partners) - number(partners contains none)"'
label variable collaboration_phase_1 `"Missä innovaatiotoiminnan vaiheissa teitte yhteistyötä?: Ideointi"'
label variable collaboration_phase_2 `"Missä innovaatiotoiminnan vaiheissa teitte yhteistyötä?: Kehittäminen"'
label variable collaboration_phase_3 `"Missä innovaatiotoiminnan vaiheissa teitte yhteistyötä?: Kokeilut ja pilotit"'
label variable collaboration_phase_4 `"Missä innovaatiotoiminnan vaiheissa teitte yhteistyötä?: Käyttöönotto"'
label variable collaboration_phase_5 `"Missä innovaatiotoiminnan vaiheissa teitte yhteistyötä?: Levittäminen muihin org"'
label variable support_1 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Johtavien viranh"'
label variable support_2 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatio-osaam"'
label variable support_3 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Yhteistyö asiakk"'
label variable support_4 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatiotoimin"'
label variable support_5 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Oma rahoitus tai"'
label variable support_6 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatioproses"'
label variable support_7 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Palkitseminen ja"'
label variable support_8 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Yhteiskehittämis"'
label variable support_97 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatiotoimin"'
label variable support_m1 `"Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: En osaa sanoa"'
label variable participants `"Kuinka moni organisaationne {staff} työntekijästä osallistui innovaatiotoimintaa"'
label variable culture_experiments `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable culture_risk_taking `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable culture_failures `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable culture_working_time `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable culture_clear_goals `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable culture_management `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable culture_user_involvement `"Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria"'
label variable culture_agree_count `"culture_agree_count = number(culture.experiments >= agree) + number(culture.risk"'
label variable strategies_1 `"Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimint"'
label variable strategies_2 `"Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimint"'
label variable strategies_3 `"Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimint"'
label variable strategies_4 `"Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimint"'
label variable strategies_5 `"Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimint"'
label variable strategies_6 `"Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimint"'
label variable strategies_7 `"Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimint"'
label variable strategies_97 `"Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimint"'
label variable strategies_m1 `"Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimint"'
label variable strategy_year `"Minä vuonna organisaationne innovaatiostrategia tai -ohjelma hyväksyttiin?"'
label variable strategy_planned `"Onko organisaatiossanne suunnitteilla erillinen innovaatiostrategia tai -ohjelma"'
label variable unit_status `"Onko organisaatiossanne erillinen yksikkö, tiimi tai Lab, joka koordinoi innovaa"'
label variable unit_fte `"Kuinka moni organisaationne {staff} työntekijästä työskentelee yksikössä tai tii"'
label variable unit_share `"unit_share = round(unit_fte / staff * 1000) / 10"'
label variable unit_tasks_1 `"Mitä tehtäviä yksiköllä tai tiimillä on?: Innovaatiohankkeiden seuranta ja koord"'
label variable unit_tasks_2 `"Mitä tehtäviä yksiköllä tai tiimillä on?: Innovaatiotyöhön liittyvien kysymysten"'
label variable unit_tasks_3 `"Mitä tehtäviä yksiköllä tai tiimillä on?: Strateginen tuki johtoryhmälle"'
label variable unit_tasks_4 `"Mitä tehtäviä yksiköllä tai tiimillä on?: Kokeilujen ja pilottien toteuttaminen"'
label variable unit_tasks_5 `"Mitä tehtäviä yksiköllä tai tiimillä on?: Henkilöstön innovaatio-osaamisen kehit"'
label variable unit_tasks_6 `"Mitä tehtäviä yksiköllä tai tiimillä on?: Ulkopuolisen rahoituksen hakeminen"'
label variable unit_planned_year `"Minä vuonna yksikön tai tiimin on tarkoitus aloittaa toimintansa?"'
label variable barriers_1 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_2 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_3 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_4 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_5 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_6 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_7 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_8 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_9 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_10 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_97 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barriers_m1 `"Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossan"'
label variable barrier_detail `"Kuvailkaa lyhyesti, miten merkittävin este on vaikuttanut innovaatiotoimintaanne"'
label variable comment `"Haluatteko vielä kommentoida organisaationne innovaatiotoimintaa tai tätä kysely"'

* Missing-value codes as extended missing values
replace adopted = .a if adopted == -1
replace novelty = .a if novelty == -1
replace origin = .a if origin == -1
replace adoption_plans = .a if adoption_plans == -1
replace culture_experiments = .a if culture_experiments == -1
replace culture_risk_taking = .a if culture_risk_taking == -1
replace culture_failures = .a if culture_failures == -1
replace culture_working_time = .a if culture_working_time == -1
replace culture_clear_goals = .a if culture_clear_goals == -1
replace culture_management = .a if culture_management == -1
replace culture_user_involvement = .a if culture_user_involvement == -1
replace strategy_planned = .a if strategy_planned == -1

* Value labels
label define org_type ///
  1 `"Kunta"' ///
  2 `"Kuntayhtymä"' ///
  3 `"Hyvinvointialue"' ///
  4 `"Kunnan tai kuntayhtymän omistama yhtiö"' ///
  5 `"Muu organisaatio"', replace
label values org_type org_type
label define role ///
  1 `"Ylin johto (esim. kunnanjohtaja tai toimialajohtaja)"' ///
  2 `"Keskijohto tai esihenkilö"' ///
  3 `"Kehittämis- tai innovaatioasiantuntija"' ///
  4 `"Muu tehtävä"', replace
label values role role
label define activity ///
  1 `"Innovaatiotoiminta on osa organisaation vakiintunutta toimintaa"' ///
  2 `"Innovaatiotoimintaa on satunnaisesti, yksittäisissä hankkeissa"' ///
  3 `"Organisaatiossamme ei ole innovaatiotoimintaa"', replace
label values activity activity
label define adopted ///
  1 `"Kyllä"' ///
  2 `"Ei"' ///
  .a `"En osaa sanoa"', replace
label values adopted adoption_plans strategy_planned adopted
label define selected ///
  0 `"ei valittu"' ///
  1 `"valittu"', replace
label values kinds_1 kinds_2 kinds_3 kinds_4 kinds_5 kinds_m1 motives_1 motives_2 motives_3 ///
  motives_4 motives_5 motives_6 motives_7 motives_8 motives_m1 sharing_1 sharing_2 sharing_3 ///
  sharing_4 sharing_5 sharing_6 sharing_97 outcomes_1 outcomes_2 outcomes_3 outcomes_4 ///
  outcomes_5 outcomes_6 outcomes_m2 idea_sources_1 idea_sources_2 idea_sources_3 idea_sources_4 ///
  idea_sources_5 idea_sources_6 idea_sources_7 idea_sources_8 idea_sources_9 idea_sources_10 ///
  idea_sources_m1 partners_1 partners_2 partners_3 partners_4 partners_5 partners_6 partners_7 ///
  partners_97 collaboration_phase_1 collaboration_phase_2 collaboration_phase_3 ///
  collaboration_phase_4 collaboration_phase_5 support_1 support_2 support_3 support_4 support_5 ///
  support_6 support_7 support_8 support_97 support_m1 strategies_1 strategies_2 strategies_3 ///
  strategies_4 strategies_5 strategies_6 strategies_7 strategies_97 strategies_m1 unit_tasks_1 ///
  unit_tasks_2 unit_tasks_3 unit_tasks_4 unit_tasks_5 unit_tasks_6 barriers_1 barriers_2 ///
  barriers_3 barriers_4 barriers_5 barriers_6 barriers_7 barriers_8 barriers_9 barriers_10 ///
  barriers_97 barriers_m1 selected
label define novelty ///
  1 `"Täysin uusi ratkaisu, jota ei ole aiemmin käytetty muualla"' ///
  2 `"Toisen organisaation ideaa soveltava ratkaisu"' ///
  3 `"Toisen organisaation ratkaisu sellaisenaan"' ///
  .a `"En osaa sanoa"', replace
label values novelty novelty
label define origin ///
  1 `"Toisesta kotimaisesta kunta-alan organisaatiosta"' ///
  2 `"Valtionhallinnosta tai muualta julkiselta sektorilta"' ///
  3 `"Yritykseltä tai kolmannelta sektorilta"' ///
  4 `"Ulkomailta"' ///
  .a `"En osaa sanoa"', replace
label values origin origin
label define culture ///
  1 `"Täysin eri mieltä"' ///
  2 `"Jokseenkin eri mieltä"' ///
  3 `"Ei samaa eikä eri mieltä"' ///
  4 `"Jokseenkin samaa mieltä"' ///
  5 `"Täysin samaa mieltä"' ///
  .a `"En osaa sanoa"', replace
label values culture_experiments culture_risk_taking culture_failures culture_working_time ///
  culture_clear_goals culture_management culture_user_involvement culture
label define unit_status ///
  1 `"Kyllä, erillinen yksikkö"' ///
  2 `"Kyllä, tiimi, verkosto tai Lab"' ///
  3 `"Ei, mutta sellainen on suunnitteilla"' ///
  4 `"Ei"', replace
label values unit_status unit_status
