* Encoding: UTF-8.
* SPSS syntax for the survey innovation_barometer, version 2022.1, labels in fi, written by qdsl compile.
* Title: Kunta-alan innovaatiobarometri 2022.
* It puts variable labels, value labels and missing values on a data file with these variable names.
* To use it, open the data file (File > Open > Data, or GET DATA) and run this file (Run > All).
* Then save the data as a .sav file (SAVE OUTFILE) to keep the labels.
* Labels are cut to what SPSS and PSPP keep: 255 bytes for variable labels, 120 for value labels.
* Checks of the questions: the condition each answer must meet (qdsl syntax) and the message shown when it does not.
* staff (soft check): staff <= 40000. Message: {staff} henkilöä on poikkeuksellisen paljon. Tarkistakaa luku tai vahvistakaa se.
* inhabitants: inhabitants > staff. Message: Asukasluvun pitäisi olla suurempi kuin henkilöstön määrä ({staff}). Tarkistakaa luku.
* innovation_count: innovation_count >= kind_count. Message: Innovaatioita ei voi olla vähemmän kuin valitsemianne innovaatiotyyppejä.
* participants: participants <= staff. Message: Osallistujia ei voi olla enemmän kuin organisaatiossa on työntekijöitä ({staff}).
* unit_fte: unit_fte <= staff. Message: Yksikön henkilötyövuosia ei voi olla enemmän kuin organisaatiossa on työntekijöitä ({staff}).

VARIABLE LABELS org_name "Organisaation nimi"
  /org_type "Minkä tyyppinen organisaatio {org_name} on?"
  /org_type_other "Minkä tyyppinen organisaatio {org_name} on?: Muu organisaatio: Kertokaa, millaisesta organisaatiosta on kyse."
  /staff "Kuinka monta henkilöä organisaationne työllistää?"
  /inhabitants "Mikä on kuntanne asukasluku?"
  /member_municipalities "Kuinka monen kunnan alueella organisaationne toimii?"
  /role "Mikä on oma tehtävänne organisaatiossa?"
  /role_other "Mikä on oma tehtävänne organisaatiossa?: Muu tehtävä: Mikä on tehtävänne?"
  /activity "Mikä seuraavista kuvaa parhaiten innovaatiotoimintaa organisaatiossanne?"
  /adopted "Onko organisaationne ottanut käyttöön innovaatioita kahden viime vuoden aikana?"
  /kinds_1 "Millaisia innovaatioita organisaationne otti käyttöön?: Tuoteinnovaatio (uusi tai parannettu tavara tai laite)"
  /kinds_2 "Millaisia innovaatioita organisaationne otti käyttöön?: Palveluinnovaatio (uusi tai olennaisesti parannettu palvelu)"
  /kinds_3 "Millaisia innovaatioita organisaationne otti käyttöön?: Prosessi-innovaatio (uusi tapa tuottaa tai toimittaa palveluja)"
  /kinds_4 "Millaisia innovaatioita organisaationne otti käyttöön?: Organisaatioinnovaatio (uusi tapa järjestää työ tai johtaminen)"
  /kinds_5 "Millaisia innovaatioita organisaationne otti käyttöön?: Koko palvelujärjestelmän kattava innovaatio"
  /kinds_m1 "Millaisia innovaatioita organisaationne otti käyttöön?: En osaa sanoa"
  /kind_count "kind_count = count(kinds)"
  /innovation_count "Kuinka monta innovaatiota organisaationne otti käyttöön kahden viime vuoden aikana?"
  /system_description "Kuvailkaa lyhyesti koko palvelujärjestelmän kattavaa innovaatiota."
  /novelty "Mikä seuraavista kuvaa parhaiten organisaationne viimeisintä käyttöön otettua innovaatiota?"
  /origin "Mistä ratkaisu tai sen taustalla ollut idea oli peräisin?"
  /motives_1 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Käyttäjien tarpeet, vaatimukset ja odotukset"
  /motives_2 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Säästöt ja tehokkuushyödyt"
  /motives_3 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Muutoksen mahdollistanut uusi teknologia tai tietämys"
  /motives_4 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Lainsäädännön tai määräysten muutos"
  /motives_5 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Poliittinen päätös tai luottamushenkilöiden aloite"
  /motives_6 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Henkilöstön aloite"
  /motives_7 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Saatavilla ollut ulkopuolinen rahoitus"
  /motives_8 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: Koronapandemia tai muu poikkeustilanne"
  /motives_m1 "Mitkä tekijät motivoivat viimeisimmän innovaation käyttöönottoa?: En osaa sanoa"
  /sharing_1 "Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Omilla verkkosivuilla"
  /sharing_2 "Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Omissa verkostoissa"
  /sharing_3 "Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Yhteistyökumppaneiden kanavissa ja verkostoissa"
  /sharing_4 "Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Seminaareissa, konferensseissa tai webinaareissa"
  /sharing_5 "Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Sosiaalisessa mediassa"
  /sharing_6 "Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Tiedotusvälineissä"
  /sharing_97 "Miten organisaationne kertoi viimeisimmästä innovaatiostaan muille?: Innovaatiosta ei kerrottu muille"
  /outcomes_1 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Toimivammat prosessit"
  /outcomes_2 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Tyytyväisemmät asiakkaat"
  /outcomes_3 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Parempi tuottavuus"
  /outcomes_4 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Parempi tehokkuus"
  /outcomes_5 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Parempi laatu"
  /outcomes_6 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Henkilöstön parempi työhyvinvointi"
  /outcomes_m2 "Mitä organisaationne on saavuttanut käyttöön otettujen innovaatioiden avulla?: Vaikutuksia on vielä liian aikaista arvioida"
  /adoption_plans "Aikooko organisaationne ottaa käyttöön innovaatioita seuraavien kahden vuoden aikana?"
  /idea_sources_1 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Oma henkilöstö"
  /idea_sources_2 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Palvelujen käyttäjät ja asukkaat"
  /idea_sources_3 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Luottamushenkilöt"
  /idea_sources_4 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Muut kunta-alan organisaatiot"
  /idea_sources_5 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Yritykset"
  /idea_sources_6 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Yliopistot, korkeakoulut ja tutkimuslaitokset"
  /idea_sources_7 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Kolmas sektori (järjestöt ja yhdistykset)"
  /idea_sources_8 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Kotimaiset verkostot, seminaarit ja työpajat"
  /idea_sources_9 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Kansainväliset verkostot"
  /idea_sources_10 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: Valtion viranomaiset"
  /idea_sources_m1 "Mistä organisaationne on saanut ideoita ja virikkeitä innovaatiotoimintaansa?: En osaa sanoa"
  /partners_1 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Muut kunnat, kuntayhtymät ja hyvinvointialueet"
  /partners_2 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Yritykset"
  /partners_3 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Yliopistot, korkeakoulut ja tutkimuslaitokset"
  /partners_4 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Kolmas sektori"
  /partners_5 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Valtion virastot ja laitokset"
  /partners_6 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Palvelujen käyttäjät ja asukkaat"
  /partners_7 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Ulkomaiset kumppanit"
  /partners_97 "Kenen kanssa organisaationne on tehnyt innovaatioyhteistyötä kahden viime vuoden aikana?: Emme tehneet innovaatioyhteistyötä kenenkään kanssa"
  /partner_count "partner_count = count(partners) - number(partners contains none)"
  /collaboration_phase_1 "Missä innovaatiotoiminnan vaiheissa teitte yhteistyötä?: Ideointi"
  /collaboration_phase_2 "Missä innovaatiotoiminnan vaiheissa teitte yhteistyötä?: Kehittäminen"
  /collaboration_phase_3 "Missä innovaatiotoiminnan vaiheissa teitte yhteistyötä?: Kokeilut ja pilotit"
  /collaboration_phase_4 "Missä innovaatiotoiminnan vaiheissa teitte yhteistyötä?: Käyttöönotto"
  /collaboration_phase_5 "Missä innovaatiotoiminnan vaiheissa teitte yhteistyötä?: Levittäminen muihin organisaatioihin"
  /support_1 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Johtavien viranhaltijoiden tai luottamushenkilöiden tuki"
  /support_2 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatio-osaamisen kehittäminen"
  /support_3 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Yhteistyö asiakkaiden ja käyttäjien kanssa"
  /support_4 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatiotoimintaan varattu työaika"
  /support_5 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Oma rahoitus tai kehittämismääräraha"
  /support_6 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatioprosessit ja -menetelmät"
  /support_7 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Palkitseminen ja tunnustukset"
  /support_8 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Yhteiskehittämisen alusta tai kokeiluympäristö"
  /support_97 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: Innovaatiotoimintaa ei ole erityisesti tuettu"
  /support_m1 "Millä tavoin innovaatiotoimintaa on tuettu organisaatiossanne?: En osaa sanoa"
  /participants "Kuinka moni organisaationne {staff} työntekijästä osallistui innovaatiotoimintaan kahden viime vuoden aikana?"
  /culture_experiments "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Toimintakulttuurimme kannustaa kokeiluihin."
  /culture_risk_taking "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Hallittu riskinotto on hyväksyttyä."
  /culture_failures "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Epäonnistumisista otetaan opiksi, eikä " +
    "niistä etsitä syyllisiä."
  /culture_working_time "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Henkilöstöllä on työaikaa " +
    "innovaatiotoimintaan."
  /culture_clear_goals "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Innovaatiotoiminnalla on selkeät tavoitteet."
  /culture_management "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Johto tukee uusien ideoiden kokeilemista."
  /culture_user_involvement "Missä määrin olette samaa mieltä seuraavista organisaationne toimintakulttuuria koskevista väittämistä?: Palvelujen käyttäjät otetaan mukaan " +
    "kehittämiseen."
  /culture_agree_count "culture_agree_count = number(culture.experiments >= agree) + number(culture.risk_taking >= agree) + number(culture.failures >= agree) + " +
    "number(culture.working_time >= agree) + number(culture.clear_goals >= agree) + number(culture.management >= agree) + nu"
  /strategies_1 "Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimintaa?: Maakuntaliiton strategiat tai ohjelmat"
  /strategies_2 "Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimintaa?: Ministeriöiden strategiat tai ohjelmat"
  /strategies_3 "Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimintaa?: Hallitusohjelma"
  /strategies_4 "Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimintaa?: Organisaation oma strategia"
  /strategies_5 "Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimintaa?: Erillinen innovaatiostrategia tai -ohjelma"
  /strategies_6 "Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimintaa?: Muiden kunta-alan toimijoiden ohjelmat"
  /strategies_7 "Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimintaa?: EU-tason strategiat tai ohjelmat"
  /strategies_97 "Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimintaa?: Mikään strategia tai ohjelma ei ohjaa innovaatiotoimintaamme"
  /strategies_m1 "Minkä tahojen strategiat tai ohjelmat ohjaavat organisaationne innovaatiotoimintaa?: En osaa sanoa"
  /strategy_year "Minä vuonna organisaationne innovaatiostrategia tai -ohjelma hyväksyttiin?"
  /strategy_planned "Onko organisaatiossanne suunnitteilla erillinen innovaatiostrategia tai -ohjelma?"
  /unit_status "Onko organisaatiossanne erillinen yksikkö, tiimi tai Lab, joka koordinoi innovaatio- ja kehittämistoimintaa?"
  /unit_fte "Kuinka moni organisaationne {staff} työntekijästä työskentelee yksikössä tai tiimissä? Ilmoittakaa määrä henkilötyövuosina."
  /unit_share "unit_share = round(unit_fte / staff * 1000) / 10"
  /unit_tasks_1 "Mitä tehtäviä yksiköllä tai tiimillä on?: Innovaatiohankkeiden seuranta ja koordinointi strategisella tasolla"
  /unit_tasks_2 "Mitä tehtäviä yksiköllä tai tiimillä on?: Innovaatiotyöhön liittyvien kysymysten hallinnointi"
  /unit_tasks_3 "Mitä tehtäviä yksiköllä tai tiimillä on?: Strateginen tuki johtoryhmälle"
  /unit_tasks_4 "Mitä tehtäviä yksiköllä tai tiimillä on?: Kokeilujen ja pilottien toteuttaminen"
  /unit_tasks_5 "Mitä tehtäviä yksiköllä tai tiimillä on?: Henkilöstön innovaatio-osaamisen kehittäminen"
  /unit_tasks_6 "Mitä tehtäviä yksiköllä tai tiimillä on?: Ulkopuolisen rahoituksen hakeminen"
  /unit_planned_year "Minä vuonna yksikön tai tiimin on tarkoitus aloittaa toimintansa?"
  /barriers_1 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Rahoituksen puute"
  /barriers_2 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Ajan puute"
  /barriers_3 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Osaamisen puute"
  /barriers_4 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Lainsäädäntö tai muu sääntely"
  /barriers_5 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Hankintasäännöt"
  /barriers_6 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Riskejä välttelevä toimintakulttuuri"
  /barriers_7 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Muutosvastarinta"
  /barriers_8 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Yhteensopimattomat tietojärjestelmät"
  /barriers_9 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Johdon tuen puute"
  /barriers_10 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Hyötyjen osoittamisen vaikeus"
  /barriers_97 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: Ei merkittäviä esteitä"
  /barriers_m1 "Mitkä tekijät ovat hidastaneet tai estäneet innovaatiotoimintaa organisaatiossanne?: En osaa sanoa"
  /barrier_detail "Kuvailkaa lyhyesti, miten merkittävin este on vaikuttanut innovaatiotoimintaanne."
  /comment "Haluatteko vielä kommentoida organisaationne innovaatiotoimintaa tai tätä kyselyä?".

VALUE LABELS org_type
      1 "Kunta"
      2 "Kuntayhtymä"
      3 "Hyvinvointialue"
      4 "Kunnan tai kuntayhtymän omistama yhtiö"
      5 "Muu organisaatio"
  /role
      1 "Ylin johto (esim. kunnanjohtaja tai toimialajohtaja)"
      2 "Keskijohto tai esihenkilö"
      3 "Kehittämis- tai innovaatioasiantuntija"
      4 "Muu tehtävä"
  /activity
      1 "Innovaatiotoiminta on osa organisaation vakiintunutta toimintaa"
      2 "Innovaatiotoimintaa on satunnaisesti, yksittäisissä hankkeissa"
      3 "Organisaatiossamme ei ole innovaatiotoimintaa"
  /adopted adoption_plans strategy_planned
      1 "Kyllä"
      2 "Ei"
      -1 "En osaa sanoa"
  /kinds_1 kinds_2 kinds_3 kinds_4 kinds_5 kinds_m1 motives_1 motives_2 motives_3 motives_4
      0 "ei valittu"
      1 "valittu"
  /motives_5 motives_6 motives_7 motives_8 motives_m1 sharing_1 sharing_2 sharing_3 sharing_4
      0 "ei valittu"
      1 "valittu"
  /sharing_5 sharing_6 sharing_97 outcomes_1 outcomes_2 outcomes_3 outcomes_4 outcomes_5 outcomes_6
      0 "ei valittu"
      1 "valittu"
  /outcomes_m2 idea_sources_1 idea_sources_2 idea_sources_3 idea_sources_4 idea_sources_5
      0 "ei valittu"
      1 "valittu"
  /idea_sources_6 idea_sources_7 idea_sources_8 idea_sources_9 idea_sources_10 idea_sources_m1
      0 "ei valittu"
      1 "valittu"
  /partners_1 partners_2 partners_3 partners_4 partners_5 partners_6 partners_7 partners_97
      0 "ei valittu"
      1 "valittu"
  /collaboration_phase_1 collaboration_phase_2 collaboration_phase_3 collaboration_phase_4
      0 "ei valittu"
      1 "valittu"
  /collaboration_phase_5 support_1 support_2 support_3 support_4 support_5 support_6 support_7
      0 "ei valittu"
      1 "valittu"
  /support_8 support_97 support_m1 strategies_1 strategies_2 strategies_3 strategies_4 strategies_5
      0 "ei valittu"
      1 "valittu"
  /strategies_6 strategies_7 strategies_97 strategies_m1 unit_tasks_1 unit_tasks_2 unit_tasks_3
      0 "ei valittu"
      1 "valittu"
  /unit_tasks_4 unit_tasks_5 unit_tasks_6 barriers_1 barriers_2 barriers_3 barriers_4 barriers_5
      0 "ei valittu"
      1 "valittu"
  /barriers_6 barriers_7 barriers_8 barriers_9 barriers_10 barriers_97 barriers_m1
      0 "ei valittu"
      1 "valittu"
  /novelty
      1 "Täysin uusi ratkaisu, jota ei ole aiemmin käytetty muualla"
      2 "Toisen organisaation ideaa soveltava ratkaisu"
      3 "Toisen organisaation ratkaisu sellaisenaan"
      -1 "En osaa sanoa"
  /origin
      1 "Toisesta kotimaisesta kunta-alan organisaatiosta"
      2 "Valtionhallinnosta tai muualta julkiselta sektorilta"
      3 "Yritykseltä tai kolmannelta sektorilta"
      4 "Ulkomailta"
      -1 "En osaa sanoa"
  /culture_experiments culture_risk_taking culture_failures culture_working_time culture_clear_goals
      1 "Täysin eri mieltä"
      2 "Jokseenkin eri mieltä"
      3 "Ei samaa eikä eri mieltä"
      4 "Jokseenkin samaa mieltä"
      5 "Täysin samaa mieltä"
      -1 "En osaa sanoa"
  /culture_management culture_user_involvement
      1 "Täysin eri mieltä"
      2 "Jokseenkin eri mieltä"
      3 "Ei samaa eikä eri mieltä"
      4 "Jokseenkin samaa mieltä"
      5 "Täysin samaa mieltä"
      -1 "En osaa sanoa"
  /unit_status
      1 "Kyllä, erillinen yksikkö"
      2 "Kyllä, tiimi, verkosto tai Lab"
      3 "Ei, mutta sellainen on suunnitteilla"
      4 "Ei".

MISSING VALUES adopted novelty origin adoption_plans culture_experiments culture_risk_taking (-1)
  /culture_failures culture_working_time culture_clear_goals culture_management (-1)
  /culture_user_involvement strategy_planned (-1).
