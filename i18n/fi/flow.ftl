### Ohjatun toiminnon alkutarkistukset ja seitsemän tilannetta (suomi / Finnish).
### Palveluntarjoajan tiedot tulevat profiilista muuttujina: $provider, $daily-limit, $hourly-account-limit,
### $hourly-ip-limit, $status-page, $webmail, $control-panel, $smtp-server, $imap-server, $pop3-server,
### $mail-log, $php-sending, $spam-folder.

## The ways in

ui-start-title = Alku
ui-start-text = Mitä haluat tehdä?
ui-start-prechecks = Tee alkutarkistukset (paras, jos et tiedä, mikä ei toimi)
ui-start-scenarios = Tiedän, mikä ei toimi: valitse yksi seitsemästä ongelmasta
ui-start-code = Minulla on virhekoodi tai palautusviesti
ui-pick-title = Mikä ei toimi
ui-pick-text = Mikä näistä kuvaa ongelmaa parhaiten?
ui-lookup-title = Koodihaku
ui-lookup-text = Kirjoita vastauskoodi (esim. 550 tai 5.1.1) tai liitä virherivi palautusviestistä.

## Pre-checks

check-name = Tarkistukset
check-service-title = Palvelu ja verkkotunnus voimassa
check-service-text =
    Ovatko sähköpostipalvelu ja siihen kuuluva webhotellipaketti voimassa, ja onko itse verkkotunnus
    yhä rekisteröity ja käytössä?
check-service-unsure =
    Kirjaudu hallintapaneeliin ({ $control-panel }). Siinä näkyvät paketin ja verkkotunnuksen
    päättymispäivät; jos jokin on merkitty vanhentuneeksi tai suljetuksi, vastaa "ei".
check-service-no =
    Postilaatikot lakkaavat toimimasta heti, kun paketti tai verkkotunnus vanhenee. Jatka vanhentuneen
    palvelun voimassaoloa hallintapaneelissa; posti alkaa taas kulkea, kun uusinta on käsitelty.
check-webmail-title = Webmail toimii
check-webmail-text =
    Avaa webmail ({ $webmail }), lähetä viesti omaan osoitteeseesi ja odota, että se saapuu.
    Onnistuivatko sekä lähetys että vastaanotto?
check-webmail-unsure =
    Kun lähetät webmailissa viestin itsellesi, testaat kumpaakin suuntaa yhdellä kertaa. Jos et pääse
    kirjautumaan lainkaan, vastaa "ei".
check-webmail-yes =
    Postilaatikko ja palveluntarjoajan palvelimet toimivat. Vika on todennäköisesti sähköpostiohjelman
    asetuksissa, joten vertaa niitä ongelmaasi vastaavan tilanteen ohjeisiin.
check-login-title = Kirjautuminen
check-login-text = Pääsetkö kirjautumaan webmailiin salasanallasi, kun käyttäjätunnuksena on koko sähköpostiosoite?
check-login-unsure =
    Käyttäjätunnus on koko osoite, esimerkiksi anna@example.com, eikä pelkkä "anna". Kokeile kerran
    kirjautua webmailiin näin.
check-login-no =
    Kirjoita osoite kokonaan, myös @-merkin jälkeinen osa. Jos kirjautuminen ei vieläkään onnistu,
    vaihda postilaatikon salasana hallintapaneelissa ({ $control-panel }) ja käytä uutta salasanaa
    webmailissa ja kaikissa sähköpostiohjelmissa.
check-maintenance-title = Ei huoltotöitä
check-maintenance-text =
    Näyttääkö tilasivu ({ $status-page }), ettei palveluasi koske mikään huoltotyö tai
    häiriö?
check-maintenance-unsure =
    Avaa tilasivu ja etsi palvelusi tai palvelimesi nimeä käynnissä olevista ja suunnitelluista
    töistä.
check-maintenance-no =
    Käynnissä olevat työt voivat viivästyttää tai katkaista postin kulun. Odota, kunnes työ on merkitty
    valmiiksi, ja yritä sitten uudelleen; töiden aikana pidätetyt viestit toimitetaan yleensä jälkikäteen.
check-mx-title = MX-tietueet
check-mx-text = Osoittavatko verkkotunnuksen MX-tietueet palveluntarjoajan postipalvelimiin ({ $provider })?
check-mx-unsure =
    Hae verkkotunnuksen MX-tietueet esimerkiksi komennolla "dig MX example.com" tai
    "nslookup -type=mx example.com" ja vertaa niitä hallintapaneelin suosittelemiin.
check-mx-no =
    Verkkotunnuksen posti menee sinne, minne MX-tietueet osoittavat. Korjaa ne verkkotunnuksen
    DNS-vyöhykkeellä; muutoksen leviäminen voi kestää muutaman tunnin.

## Scenario names

scenario-1-name = Lähetys sähköpostiohjelmasta (SMTP)
scenario-2-name = Vastaanotto sähköpostiohjelmaan (POP3 tai IMAP)
scenario-3-name = Webmail: kirjautuminen, lähetys tai vastaanotto
scenario-4-name = Lähetys PHP:lla webhotellista
scenario-5-name = Lähetys virtuaali- tai dedikoidulta palvelimelta
scenario-6-name = Vastaanotto virtuaali- tai dedikoidulla palvelimella
scenario-7-name = Viesti on kadonnut

## 1. Sending from a mail program

scenario-1-left-title = Lähti, mutta ei perillä?
scenario-1-left-text =
    Lähettikö sähköpostiohjelma viestin ilman virheilmoitusta (se on Lähetetyt-kansiossa), mutta
    vastaanottaja ei koskaan saanut sitä?
scenario-1-left-unsure =
    Katso Lähetetyt- ja Lähtevät-kansiot. Lähetetyissä oleva viesti on lähtenyt ohjelmasta;
    Lähteviin jumiin jäänyt viesti ei ole.
scenario-1-error-title = Virheilmoitus
scenario-1-error-text = Näyttääkö sähköpostiohjelma virheilmoituksen, kun lähetät viestin?
scenario-1-error-unsure = Lähetä itsellesi lyhyt testiviesti ja katso, tuleeko näkyviin virheikkuna tai -ilmoitus.
scenario-1-code-title = Virhe
scenario-1-code-text = Kirjoita koodi tai liitä virheteksti, jonka sähköpostiohjelma näytti.
scenario-1-config-title = Lähtevän postin asetukset
scenario-1-config-text =
    Tarkista tilin asetuksista lähtevän postin palvelin: palvelin { $smtp-server }, portti 587 ja
    STARTTLS tai portti 465 ja SSL/TLS. Toimiiko lähetys, kun asetukset on korjattu?
scenario-1-config-unsure =
    Lähtevän postin (SMTP) palvelin löytyy ohjelman tiliasetuksista, usein kohdasta "Palvelimen
    asetukset" tai "Lähtevän postin palvelin".
scenario-1-auth-title = SMTP-tunnistautuminen
scenario-1-auth-text =
    Valitse "Lähtevän postin palvelin (SMTP) vaatii todennuksen", käyttäjätunnukseksi koko
    sähköpostiosoite ja sama salasana kuin webmailissa. Toimiiko lähetys nyt?
scenario-1-auth-unsure =
    Jos pääset webmailiin ({ $webmail }) tällä osoitteella ja salasanalla, ne ovat oikeat myös
    sähköpostiohjelmassa.
scenario-1-limit-title = Lähetysrajat
scenario-1-limit-text =
    Oletko pysynyt rajoissa: yhdestä postilaatikosta { $hourly-account-limit } { $hourly-account-limit ->
        [one] viesti
       *[other] viestiä
    } tunnissa ja yhdestä IP-osoitteesta { $hourly-ip-limit } tunnissa (webhotellin skripteillä
    { $daily-limit } päivässä)?
scenario-1-limit-unsure =
    Laske viimeisen tunnin aikana lähteneet viestit, myös uutiskirjeet ja monelle vastaanottajalle
    kerralla lähetetyt: jokainen vastaanottaja lasketaan erikseen.
scenario-1-limit-no =
    Kun raja ylittyy, palvelin hylkää uudet viestit joksikin aikaa. Odota tunti ennen kuin lähetät
    uudelleen, ja jaa suuret postitukset pidemmälle ajalle tai käytä niihin tarkoitettua palvelua.
scenario-1-solved-title = Lähetys toimii
scenario-1-solved-text = Lähetys toimii taas. Käytä samoja asetuksia kaikissa tätä postilaatikkoa käyttävissä ohjelmissa.
scenario-1-contact-title = Yhteys tukeen
scenario-1-contact-text = Jos lähetys ei vieläkään onnistu, kirjoita tukeen ja kerro:

## 2. Receiving in a mail program

scenario-2-left-title = Yhteys toimii, mutta postia ei tule?
scenario-2-left-text =
    Muodostaako sähköpostiohjelma yhteyden palvelimeen ilman virheilmoitusta, mutta odottamiasi
    viestejä ei koskaan tule?
scenario-2-left-unsure =
    Valitse "Lähetä/vastaanota" tai "Nouda viestit". Jos virhettä ei näy ja ohjelman mukaan kaikki on
    ajan tasalla, yhteys toimii.
scenario-2-config-title = Saapuvan postin asetukset
scenario-2-config-text =
    Tarkista saapuvan postin palvelin: IMAP { $imap-server }, portti 993 ja SSL/TLS, tai POP3
    { $pop3-server }, portti 995 ja SSL/TLS, ja käyttäjätunnuksena koko sähköpostiosoite. Toimiiko
    vastaanotto, kun asetukset on korjattu?
scenario-2-config-unsure = IMAP säilyttää viestit palvelimella ja näyttää kansiot; POP3 lataa vain Saapuneet-kansion.
scenario-2-password-title = Salasana
scenario-2-password-text = Pääsetkö webmailiin ({ $webmail }) samalla osoitteella ja salasanalla, joita ohjelma käyttää?
scenario-2-password-unsure = Kopioi salasana ohjelman asetuksista webmailin kirjautumissivulle ja kokeile.
scenario-2-password-yes =
    Salasana on oikein, joten syy on todennäköisesti ohjelman asetuksissa tai jossakin ohjelman ja
    palvelimen välissä, kuten palomuurissa tai postia tarkistavassa virustorjunnassa.
scenario-2-password-no =
    Vaihda salasana hallintapaneelissa ({ $control-panel }) ja syötä uusi salasana webmailiin ja
    sähköpostiohjelmaan.
scenario-2-solved-title = Vastaanotto toimii
scenario-2-solved-text = Vastaanotto toimii taas. Käytä samoja asetuksia kaikissa tätä postilaatikkoa käyttävissä ohjelmissa.
scenario-2-contact-title = Yhteys tukeen
scenario-2-contact-text = Jos vastaanotto ei vieläkään onnistu, kirjoita tukeen ja kerro:

## 3. Webmail

scenario-3-what-title = Webmail-ongelma
scenario-3-what-text = Mikä webmailissa ei toimi?
scenario-3-what-login = En pääse sisään
scenario-3-what-missing = Viesti puuttuu tai ei mennyt perille
scenario-3-what-error = Webmail näyttää virheen lähetettäessä
scenario-3-login-title = Koko osoite tunnuksena
scenario-3-login-text = Onnistuuko kirjautuminen, kun kirjoitat käyttäjätunnukseksi koko osoitteen @-merkin jälkeistä osaa myöten?
scenario-3-login-unsure = Käyttäjätunnus on aina koko osoite, esimerkiksi anna@example.com.
scenario-3-password-title = Uusi salasana
scenario-3-password-text = Onnistuuko kirjautuminen, kun olet vaihtanut postilaatikolle uuden salasanan hallintapaneelissa ({ $control-panel })?
scenario-3-password-unsure = Uusi salasana toimii minuutin tai parin kuluttua tallentamisesta.
scenario-3-code-title = Virhe
scenario-3-code-text = Kirjoita koodi tai liitä virheteksti, jonka webmail näytti.
scenario-3-solved-title = Webmail toimii
scenario-3-solved-text = Webmail toimii taas.
scenario-3-contact-title = Yhteys tukeen
scenario-3-contact-text = Jos webmail ei vieläkään toimi, kirjoita tukeen ja kerro:

## 4. PHP on web hosting

scenario-4-function-title = PHP:n mail()
scenario-4-function-text = Lähettääkö skripti viestit PHP:n omalla mail()-funktiolla?
scenario-4-function-unsure =
    Katso skriptiä tai sen asetuksia: jos postikirjastolle on määritetty "SMTP", palvelin ja portti 25,
    kirjasto avaa suoran yhteyden eikä kutsu mail()-funktiota.
scenario-4-function-no =
    { $php-sending ->
        [smtp-allowed] Tämän paketin skriptit voivat käyttää mail()-funktiota tai SMTP-yhteyttä postilaatikon käyttäjätunnuksella ja salasanalla; tarkista, että skriptin SMTP-asetukset ovat täydelliset.
       *[mail-function-only] Tässä webhotellissa skriptit voivat lähettää postia vain mail()-funktiolla; suora SMTP-yhteys porttiin 25 on estetty. Vaihda skripti tai sen kirjasto käyttämään mail()-funktiota.
    }
scenario-4-limit-title = Päiväraja
scenario-4-limit-text =
    Onko webhotelli pysynyt päivärajassaan, joka on { $daily-limit } { $daily-limit ->
        [one] viesti
       *[other] viestiä
    } päivässä? Hallintapaneelista näet, kuinka paljon rajasta on käytetty.
scenario-4-limit-unsure = Avaa webhotellin tiedot hallintapaneelissa ({ $control-panel }) ja katso sen tila.
scenario-4-limit-no =
    Kun päiväraja täyttyy, uusia viestejä ei lähetetä ennen seuraavaa päivää. Lähetä vähemmän,
    esimerkiksi kokoamalla ilmoituksia yhteen, tai käytä joukkopostitukseen postituspalvelua.
scenario-4-arrive-title = Lähti, mutta ei perillä?
scenario-4-arrive-text = Ilmoittaako mail() onnistuneensa, mutta viesti ei koskaan saavu vastaanottajalle?
scenario-4-arrive-unsure = mail() palauttaa true, kun se on luovuttanut viestin eteenpäin; kirjaa arvo skriptissä lokiin.
scenario-4-contact-title = Yhteys tukeen
scenario-4-contact-text = Jos skripti ei vieläkään pysty lähettämään, kirjoita tukeen ja kerro:

## 5. Sending from a virtual or dedicated server

scenario-5-log-title = Postiloki
scenario-5-log-text = Näkyykö postilokissa ({ $mail-log }), että viesti on hylätty vastauskoodilla?
scenario-5-log-unsure = Etsi lokista vastaanottajan osoitetta, esimerkiksi: grep 'recipient@example.com' { $mail-log }
scenario-5-code-title = Hylkäys
scenario-5-code-text = Liitä lokista rivi, jossa on koodi ja vastaanottavan palvelimen viesti.
scenario-5-ptr-title = Käänteinen DNS (PTR)
scenario-5-ptr-text =
    Onko palvelimen IP-osoitteella PTR-tietue (käänteinen DNS), jossa on palvelimen nimi, ja
    osoittaako tämä nimi takaisin samaan osoitteeseen?
scenario-5-ptr-unsure = Tarkista komennolla "dig -x <IP-osoite>" ja sitten "dig <saatu nimi>".
scenario-5-ptr-no =
    Monet vastaanottavat palvelimet hylkäävät postin osoitteesta, jolla ei ole vastaavaa PTR-tietuetta.
    Aseta hallintapaneelissa IP-osoitteesi PTR-tietueeksi palvelimen nimi, jonka on osoitettava
    takaisin samaan osoitteeseen.
scenario-5-blocklist-title = Estolistat
scenario-5-blocklist-text = Onko palvelimen IP-osoite poissa julkisilta estolistoilta, kuten Spamhausista?
scenario-5-blocklist-unsure = Syötä IP-osoite estolistan ylläpitäjän hakusivulle; kukin kertoo, onko osoite listalla ja miksi.
scenario-5-blocklist-no =
    Selvitä ensin syy: murrettu skripti, avoin välityspalvelin (open relay) tai ilman lupaa lähetetty
    postitus. Korjaa se ja pyydä sitten poistoa estolistalta sen oman menettelyn mukaisesti.
scenario-5-retry-title = Uusi yritys
scenario-5-retry-text = Lähetä testiviesti uudelleen. Saapuuko se nyt?
scenario-5-retry-unsure = Seuraa postilokia lähetyksen aikana; rivi, jossa on "status=sent" tai "250", tarkoittaa, että viesti hyväksyttiin.
scenario-5-solved-title = Lähetys toimii
scenario-5-solved-text = Palvelin toimittaa taas postia.
scenario-5-contact-title = Yhteys tukeen
scenario-5-contact-text = Jos palvelin ei vieläkään pysty lähettämään, kirjoita tukeen ja kerro:

## 6. Receiving on a virtual or dedicated server

scenario-6-mx-title = MX-tietueet
scenario-6-mx-text = Osoittavatko verkkotunnuksen MX-tietueet tähän palvelimeen?
scenario-6-mx-unsure = Vertaa komennon "dig MX <verkkotunnuksesi>" tulosta palvelimen nimeen ja osoitteeseen.
scenario-6-mx-no = Osoita MX-tietueet tähän palvelimeen verkkotunnuksen DNS-vyöhykkeellä; muutoksen leviäminen voi kestää muutaman tunnin.
scenario-6-log-title = Postiloki
scenario-6-log-text = Näkyykö postilokissa ({ $mail-log }) odotetun viestin saapuminen?
scenario-6-log-unsure = Etsi lokista lähettäjän osoitetta tai lähetysaikaa.
scenario-6-log-no =
    Viesti ei koskaan tullut palvelimelle. Tarkista, että portti 25 on auki palomuurissa ja että
    postipalvelin on käynnissä, ja kysy lähettäjältä, tuliko hänelle palautusviesti.
scenario-6-antispam-title = Roskapostisuoja
scenario-6-antispam-text = Päästikö palvelimen roskapostisuodatin viestin läpi hylkäämättä sitä tai siirtämättä sitä karanteeniin?
scenario-6-antispam-unsure = Etsi viestiä roskapostisuodattimen lokista ja karanteenista.
scenario-6-antispam-no = Vapauta viesti karanteenista ja lisää lähettäjä sallittujen listalle tai lievennä sääntöä, johon viesti jäi kiinni.
scenario-6-retry-title = Uusi yritys
scenario-6-retry-text = Pyydä uusi testiviesti. Saapuuko se nyt?
scenario-6-retry-unsure = Seuraa postilokia, kun viestiä lähetetään.
scenario-6-solved-title = Vastaanotto toimii
scenario-6-solved-text = Palvelin vastaanottaa taas postia.
scenario-6-contact-title = Yhteys tukeen
scenario-6-contact-text = Jos viestit eivät vieläkään saavu, kirjoita tukeen ja kerro:

## 7. A message went missing

scenario-7-bounce-title = Palautusviesti
scenario-7-bounce-text = Saiko lähettäjä takaisin viestin, jonka mukaan toimitus epäonnistui (palautusviesti)?
scenario-7-bounce-unsure = Palautusviestien lähettäjä on "Mail Delivery System" tai "MAILER-DAEMON"; katso lähettäjän Saapuneet- ja roskapostikansio.
scenario-7-code-title = Palautuksen syy
scenario-7-code-text = Liitä palautusviestin virherivi, esimerkiksi "550 5.1.1 User unknown".
scenario-7-address-title = Vastaanottajan osoite
scenario-7-address-text = Onko vastaanottajan osoite kirjoitettu täsmälleen oikein verkkotunnusta myöten?
scenario-7-address-unsure = Vertaa sitä merkki merkiltä osoitteeseen, jonka vastaanottaja on itse kirjoittanut sinulle.
scenario-7-address-no = Korjaa osoite ja lähetä viesti uudelleen.
scenario-7-spam-title = Roskapostikansio
scenario-7-spam-text =
    Onko viesti vastaanottajan roskapostikansiossa? { $spam-folder ->
        [everywhere] Kansio näkyy kaikissa sähköpostiohjelmissa ja webmailissa.
       *[imap-and-webmail] Kansio näkyy vain webmailissa tai IMAP-yhteydellä, ei POP3:lla.
    }
scenario-7-spam-unsure = Etsi viestiä webmailin ({ $webmail }) roskapostikansiosta lähettäjän tai aiheen perusteella.
scenario-7-spam-yes = Merkitse viesti "Ei roskapostia", jotta tämän lähettäjän seuraavat viestit tulevat Saapuneet-kansioon.
scenario-7-full-title = Täysi postilaatikko
scenario-7-full-text = Onko vastaanottajan postilaatikko täynnä?
scenario-7-full-unsure = Täysi postilaatikko hylkää uudet viestit, ja lähettäjä saa silloin siitä kertovan palautusviestin.
scenario-7-full-yes = Vastaanottajan on poistettava viestejä tai hankittava lisää tilaa; sen jälkeen viestin voi lähettää uudelleen.
scenario-7-mx-title = Vastaanottajan MX-tietueet
scenario-7-mx-text = Onko vastaanottajan verkkotunnuksella MX-tietueet, jotka osoittavat oikeisiin postipalvelimiin?
scenario-7-mx-unsure = Tarkista komennolla "dig MX <vastaanottajan verkkotunnus>"; tyhjä vastaus tarkoittaa, ettei tietueita ole.
scenario-7-mx-no = Ilman oikeita MX-tietueita postia ei voi toimittaa. Verkkotunnuksen hallinnoijan on lisättävä ne sen DNS-vyöhykkeelle.
scenario-7-solved-title = Viesti löytyi
scenario-7-solved-text = Viesti löytyi.
scenario-7-contact-title = Yhteys tukeen
scenario-7-contact-text = Jos syy ei selviä muutamassa tunnissa, kirjoita tukeen ja kerro:

## What to gather before contacting support

scenario-gather-mailbox = Postilaatikon osoite
scenario-gather-client = Sähköpostiohjelma ja sen versio
scenario-gather-error = Virheilmoituksen tarkka teksti tai kuvakaappaus siitä
scenario-gather-browser = Selain ja sen versio
scenario-gather-domain = Verkkotunnus
scenario-gather-script = Lähettävä skripti ja tapa, jolla se lähettää
scenario-gather-when = Lähetyksen päivämäärä ja kellonaika mahdollisimman tarkasti
scenario-gather-recipient = Vastaanottajan osoite
scenario-gather-sender = Lähettäjän osoite
scenario-gather-server-ip = Palvelimen nimi ja IP-osoite
scenario-gather-log-lines = Viestiä koskevat postilokin rivit
scenario-gather-how-sent = Lähetystapa: palveluntarjoajan SMTP-palvelimen kautta, PHP:lla webhotellista vai muuten
