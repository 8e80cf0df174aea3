### SMTP enhanced status codes (Finnish).

## Subject groups

enhanced-subject-0 = Muu tai määrittelemätön
enhanced-subject-1 = Osoitteet
enhanced-subject-2 = Postilaatikko
enhanced-subject-3 = Postijärjestelmä
enhanced-subject-4 = Verkko ja reititys
enhanced-subject-5 = Postin toimitusprotokolla
enhanced-subject-6 = Viestin sisältö tai mediatyyppi
enhanced-subject-7 = Tietoturva tai käytännöt

## X.0 Other

enhanced-0-0 = Tilasta ei ole annettu tarkempia tietoja.

## X.1 Addressing

enhanced-1-0 = Osoitteeseen liittyvä tilanne, jota ei ole tarkemmin määritelty.
enhanced-1-1 = Vastaanottajan postilaatikkoa ei ole; osoitteen @-merkkiä edeltävä osa on väärin.
enhanced-1-2 = Vastaanottajan verkkotunnus (@-merkin jälkeinen osa) on väärä tai ei ota vastaan postia.
enhanced-1-3 = Vastaanottajan osoite ei ole kelvollisessa muodossa, esimerkiksi kirjoitusvirheen vuoksi.
enhanced-1-4 = Vastaanottajan osoite on monitulkintainen: se sopii useampaan postilaatikkoon.
enhanced-1-5 = Vastaanottajan osoite on kelvollinen.
enhanced-1-6 = Vastaanottajan postilaatikko on siirretty, eikä uutta osoitetta ole kerrottu.
enhanced-1-7 = Lähettäjän osoite ei ole kelvollisessa muodossa.
enhanced-1-8 = Lähettäjän verkkotunnusta ei löydy tai siihen ei voi lähettää vastauksia.
enhanced-1-9 = Viesti välitettiin järjestelmään, joka ei käytä SMTP:tä; lisäilmoituksia ei ehkä tule.
enhanced-1-10 = Vastaanottajan verkkotunnuksella on tyhjä MX-tietue (null MX): se ei ota postia vastaan.

## X.2 Mailbox

enhanced-2-0 = Postilaatikkoon liittyvä tilanne, jota ei ole tarkemmin määritelty.
enhanced-2-1 = Vastaanottajan postilaatikko on poistettu käytöstä eikä ota vastaan viestejä.
enhanced-2-2 = Vastaanottajan postilaatikko on täynnä.
enhanced-2-3 = Viesti on suurempi kuin vastaanottajan postilaatikolle asetettu enimmäiskoko.
enhanced-2-4 = Viestin jakaminen postituslistan jäsenille ei onnistunut.

## X.3 Mail system

enhanced-3-0 = Postijärjestelmään liittyvä tilanne, jota ei ole tarkemmin määritelty.
enhanced-3-1 = Vastaanottavan palvelimen tallennustila on täynnä.
enhanced-3-2 = Palvelin ei ota vastaan postia verkosta, esimerkiksi huollon tai käytöstäpoiston vuoksi.
enhanced-3-3 = Palvelin ei tue viestille pyydettyä ominaisuutta.
enhanced-3-4 = Viesti on suurempi kuin palvelin hyväksyy.
enhanced-3-5 = Postipalvelin on määritetty väärin, ja ylläpitäjän on korjattava asetukset.
enhanced-3-6 = Palvelin muutti viestille pyydettyä prioriteettia eli kiireellisyystasoa.

## X.4 Network and routing

enhanced-4-0 = Verkkoon tai reititykseen liittyvä tilanne, jota ei ole tarkemmin määritelty.
enhanced-4-1 = Vastaanottava palvelin ei vastannut yhteyspyyntöön.
enhanced-4-2 = Yhteys palvelimeen katkesi tai toimi virheellisesti kesken siirron.
enhanced-4-3 = Hakemistopalvelu, esimerkiksi DNS, ei vastannut, joten viestiä ei voitu välittää.
enhanced-4-4 = Vastaanottajan palvelimelle ei löydy reittiä, esimerkiksi MX-tietueiden puuttuessa.
enhanced-4-5 = Postijärjestelmä on ruuhkautunut eikä pysty käsittelemään viestiä.
enhanced-4-6 = Viesti kiertää silmukassa palvelinten välillä, esimerkiksi edelleenlähetyssääntöjen vuoksi.
enhanced-4-7 = Viestin toimitukselle varattu aika kului umpeen.

## X.5 Mail delivery protocol

enhanced-5-0 = Postin toimitusprotokollaan liittyvä tilanne, jota ei ole tarkemmin määritelty.
enhanced-5-1 = Palvelin ei tunnista lähetettyä komentoa, tai komento tuli väärässä vaiheessa.
enhanced-5-2 = Komennossa on syntaksivirhe, joten palvelin ei ymmärtänyt sitä.
enhanced-5-3 = Viestillä on enemmän vastaanottajia kuin palvelin hyväksyy kerralla.
enhanced-5-4 = Komennon parametrit ovat virheelliset, tai palvelin ei tue niitä.
enhanced-5-5 = Yhteyden osapuolet käyttävät keskenään yhteensopimattomia protokollaversioita.
enhanced-5-6 = Kirjautumisen aikana lähetetty rivi on palvelimelle liian pitkä.

## X.6 Message content or media

enhanced-6-0 = Viestin sisältöön tai mediatyyppiin liittyvä tilanne, jota ei ole tarkemmin määritelty.
enhanced-6-1 = Vastaanottava järjestelmä ei tue viestin sisällön muotoa (mediatyyppiä).
enhanced-6-2 = Viesti pitäisi muuntaa toiseen muotoon, mutta muuntaminen on kielletty.
enhanced-6-3 = Viesti pitäisi muuntaa toiseen muotoon, mutta järjestelmä ei osaa tehdä sitä.
enhanced-6-4 = Viesti muunnettiin toiseen muotoon, ja muunnoksessa osa sisällöstä hävisi.
enhanced-6-5 = Viestin muuntaminen toiseen muotoon epäonnistui.
enhanced-6-6 = Palvelin ei voinut noutaa muualle tallennettua viestin sisältöä, joka sen piti lähettää.
enhanced-6-7 = Lähettäjän tai vastaanottajan osoitteessa on merkkejä (kuten ä tai ö), joita ei sallita.
enhanced-6-8 = Palvelimen vastaus vaatisi UTF-8-merkkejä, mutta lähettävä ohjelma ei tue niitä.
enhanced-6-9 = Viestiä, jonka otsaketiedoissa on UTF-8-merkkejä, ei voi siirtää kaikille vastaanottajille.
enhanced-6-10 = Vanhentunut koodi (sama kuin X.6.8): vastaus vaatisi UTF-8-merkkejä, joita ohjelma ei tue.

## X.7 Security or policy

enhanced-7-0 = Tietoturvaan tai käytäntöihin liittyvä tilanne, jota ei ole tarkemmin määritelty.
enhanced-7-1 = Palvelin ei salli viestin toimitusta, esimerkiksi käytäntöjensä tai roskapostisuojauksen vuoksi.
enhanced-7-2 = Lähettäjällä ei ole oikeutta lähettää viestejä tälle postituslistalle.
enhanced-7-3 = Viesti pitäisi muuntaa toiseen suojausmuotoon, mutta muunnos ei onnistu.
enhanced-7-4 = Viestin suojausominaisuuksia, kuten salausta tai allekirjoitusta, ei tueta.
enhanced-7-5 = Salauksen purku tai allekirjoituksen tarkistus epäonnistui, esimerkiksi avaimen puuttuessa.
enhanced-7-6 = Viestissä käytettyä salaus- tai allekirjoitusmenetelmää ei tueta.
enhanced-7-7 = Viestin eheyden tarkistus epäonnistui: viesti on voinut muuttua matkalla.
enhanced-7-8 = Kirjautumistiedot eivät kelpaa: käyttäjätunnus tai salasana on väärä.
enhanced-7-9 = Valittu todennustapa on palvelimelle liian heikko.
enhanced-7-10 = Palvelin edellyttää salausta, esimerkiksi salattua yhteyttä (TLS).
enhanced-7-11 = Valittu todennustapa edellyttää salattua yhteyttä.
enhanced-7-12 = Salasana on otettava käyttöön tälle todennustavalle kirjautumalla kerran muulla tavalla.
enhanced-7-13 = Tili, jolla kirjauduit, on poistettu käytöstä.
enhanced-7-14 = Palvelin tarvitsisi luottamussuhteen toiseen palvelimeen, mutta sellaista ei ole määritetty.
enhanced-7-15 = Viestin prioriteetti on alhaisempi kuin palvelimen hyväksymä alin taso.
enhanced-7-16 = Viesti on liian suuri pyydetylle prioriteettitasolle.
enhanced-7-17 = Postilaatikko on vaihtanut omistajaa: osoite on nyt toisen henkilön käytössä.
enhanced-7-18 = Verkkotunnuksen omistaja on vaihtunut, joten osoite voi kuulua nyt jollekulle muulle.
enhanced-7-19 = Palvelin ei pystynyt tekemään RRVS-tarkistusta (onko osoitteen omistaja vaihtunut).
enhanced-7-20 = Viestissä ei ole yhtään DKIM-allekirjoitusta, joka läpäisisi tarkistuksen.
enhanced-7-21 = Viestissä on kelvollisia DKIM-allekirjoituksia, mutta mikään niistä ei täytä vastaanottavan palvelimen vaatimuksia.
enhanced-7-22 = Viestissä ei ole kelvollista DKIM-allekirjoitusta From-osoitteen verkkotunnukselta.
enhanced-7-23 = SPF-tarkistus epäonnistui: palvelin ei saa lähettää lähettäjän verkkotunnuksen postia.
enhanced-7-24 = SPF-tarkistusta ei saatu tehtyä: SPF-tietue on virheellinen tai DNS-haku epäonnistui.
enhanced-7-25 = Lähettävän palvelimen IP-osoitteen käänteinen DNS-tarkistus (PTR) epäonnistui.
enhanced-7-26 = Viesti ei läpäissyt useita todennustarkistuksia (esimerkiksi SPF ja DKIM tai DMARC).
enhanced-7-27 = Lähettäjän verkkotunnus ei ota vastaan postia (null MX), joten viestiin ei voi vastata.
enhanced-7-28 = Viesti näyttää kuuluvan suureen joukkoon samanlaisia haitallisia viestejä (postitulva).
enhanced-7-29 = ARC-tarkistus epäonnistui: viestin välittäneiden palvelinten ARC-ketju ei ole kelvollinen.
enhanced-7-30 = Viesti vaatii REQUIRETLS-tukea (salaus koko matkan ajan), mutta palvelin ei tue sitä.
