### Ohjatun toiminnon alkutarkistukset ja seitsemän tilannetta (suomi / Finnish).
### Palveluntarjoajan tiedot tulevat profiilista muuttujina: $provider, $daily-limit, $hourly-account-limit,
### $hourly-ip-limit, $status-page, $webmail, $control-panel, $smtp-server, $imap-server, $pop3-server,
### $mail-log, $php-sending, $spam-folder, $spf-include.
### Jokainen tarkistus kysytään niin, että luonteva vastaus vie oikeaan haaraan: kysymyksessä ei ole
### kieltoa (ei "ettei", "eikö", "ilman"), ja otsikko on väite, jonka vastaus vahvistaa yhteenvedossa
### ("IP-osoite estolistalla: Ei"). Sisennetyt komentorivit pidetään täsmälleen ennallaan.

## The ways in

ui-start-title = Alku
ui-start-text = Mitä haluat tehdä?
ui-start-prechecks = Tee alkutarkistukset (suositellaan, jos et tiedä, mikä ei toimi)
ui-start-scenarios = Tiedän, mikä ei toimi: valitse yksi seitsemästä ongelmasta
ui-start-code = Minulla on virhekoodi tai palautusviesti
ui-pick-title = Mikä ei toimi
ui-pick-text = Mikä näistä kuvaa ongelmaa parhaiten?
ui-lookup-title = Koodihaku
ui-lookup-text = Kirjoita vastauskoodi (esim. 550 tai 5.1.1) tai liitä virherivi palautusviestistä.

## Pre-checks

check-name = Alkutarkistukset
check-service-title = Palvelu ja verkkotunnus voimassa
check-service-text =
    Ovatko sähköpostipalvelu ja webhotellipaketti, johon se kuuluu, voimassa, ja onko itse
    verkkotunnus yhä rekisteröity ja käytössä?
check-service-unsure =
    Kirjaudu hallintapaneeliin ({ $control-panel }). Siinä näkyvät paketin ja verkkotunnuksen
    päättymispäivät; jos jokin on merkitty vanhentuneeksi tai suljetuksi, vastaa "ei".
check-service-no =
    Postilaatikot lakkaavat toimimasta heti, kun paketti tai verkkotunnus vanhenee. Jatka vanhentuneen
    palvelun voimassaoloa hallintapaneelissa; posti alkaa taas kulkea, kun uusinta on käsitelty.
check-webmail-title = Webmail toimii
check-webmail-text =
    Avaa webmail ({ $webmail }), lähetä viesti toisen palveluntarjoajan postilaatikkoon (esimerkiksi
    Gmailiin tai Outlook.comiin) ja vastaa siihen sieltä. Menivätkö sekä viesti että vastaus perille?
check-webmail-unsure =
    Omaan osoitteeseen lähetetty viesti pysyy samalla palvelimella eikä testaa kumpaakaan suuntaa;
    toiseen palveluun lähetetty viesti ja siihen saatu vastaus testaavat molemmat. Jos et pääse
    kirjautumaan lainkaan, vastaa "ei".
check-webmail-yes =
    Postilaatikko ja palveluntarjoajan palvelimet toimivat. Vika on todennäköisesti sähköpostiohjelman
    asetuksissa, joten vertaa niitä ongelmaasi vastaavan tilanteen ohjeisiin.
check-login-title = Kirjautuminen webmailiin onnistuu
check-login-text = Pääsetkö kirjautumaan webmailiin salasanallasi, kun käyttäjätunnuksena on koko sähköpostiosoite?
check-login-unsure =
    Käyttäjätunnus on koko osoite, esimerkiksi anna@example.com, eikä pelkkä "anna". Kokeile kerran
    kirjautua webmailiin näin.
check-login-no =
    Kirjoita osoite kokonaan, myös @-merkin jälkeinen osa. Jos kirjautuminen ei vieläkään onnistu,
    vaihda postilaatikon salasana hallintapaneelissa ({ $control-panel }) ja käytä uutta salasanaa
    webmailissa ja kaikissa sähköpostiohjelmissa.
check-maintenance-title = Huoltotyö tai häiriö käynnissä
check-maintenance-text =
    Näkyykö tilasivulla ({ $status-page }) huoltotyö tai häiriö, joka koskee palveluasi?
check-maintenance-unsure =
    Avaa tilasivu ja etsi palvelusi tai palvelimesi nimeä käynnissä olevista ja suunnitelluista
    töistä.
check-maintenance-yes =
    Käynnissä olevat työt voivat viivästyttää tai katkaista postin kulun. Odota, kunnes työ on merkitty
    valmiiksi, ja yritä sitten uudelleen; töiden aikana pidätetyt viestit toimitetaan yleensä jälkikäteen.
check-mx-title = MX-tietueet osoittavat palveluntarjoajan palvelimiin
check-mx-text = Osoittavatko verkkotunnuksen MX-tietueet palveluntarjoajan postipalvelimiin ({ $provider })?
check-mx-unsure =
    Hae verkkotunnuksen MX-tietueet ja vertaa niitä hallintapaneelin suosittelemiin:
      dig MX example.com
    Windowsissa:
      nslookup -type=mx example.com
check-mx-no =
    Verkkotunnuksen posti menee sinne, minne MX-tietueet osoittavat. Korjaa ne verkkotunnuksen
    DNS-vyöhykkeellä; muutoksen leviäminen voi kestää muutaman tunnin.

## Scenario names

scenario-1-name = Lähetys sähköpostiohjelmasta (SMTP)
scenario-2-name = Vastaanotto sähköpostiohjelmaan (POP3 tai IMAP)
scenario-3-name = Webmail: kirjautuminen, lähetys tai vastaanotto
scenario-4-name = Lähetys PHP:llä webhotellista
scenario-5-name = Lähetys virtuaali- tai dedikoidulta palvelimelta
scenario-6-name = Vastaanotto virtuaali- tai dedikoidulla palvelimella
scenario-7-name = Viesti on kadonnut

## 1. Sending from a mail program

scenario-1-left-title = Viesti Lähetetyt-kansiossa
scenario-1-left-text =
    Onko viesti sähköpostiohjelman Lähetetyt-kansiossa? Silloin se on lähtenyt ohjelmasta, ja ongelma
    on sen toimituksessa.
scenario-1-left-unsure =
    Katso Lähetetyt- ja Lähtevät-kansiot. Lähetetyissä oleva viesti on lähtenyt ohjelmasta;
    Lähteviin jumiin jäänyt viesti ei ole.
scenario-1-error-title = Virheilmoitus näkyy
scenario-1-error-text = Näyttääkö sähköpostiohjelma virheilmoituksen, kun lähetät viestin?
scenario-1-error-unsure = Lähetä itsellesi lyhyt testiviesti ja katso, tuleeko näkyviin virheikkuna tai -ilmoitus.
scenario-1-code-title = Virhe
scenario-1-code-text = Kirjoita koodi tai liitä virheteksti, jonka sähköpostiohjelma näytti.
scenario-1-connect-title = Yhteysvirhe palvelimeen
scenario-1-connect-text =
    Ilmoittaako sähköpostiohjelma yhteysvirheestä lähtevän postin palvelimeen, esimerkiksi että
    yhteys aikakatkaistiin tai palvelin torjui sen?
scenario-1-connect-unsure =
    Näissä virheissä ei ole vastauskoodia: Outlook näyttää koodin 0x800CCC0E tai 0x800CCC0F,
    Thunderbird ilmoituksen "Viestin lähettäminen epäonnistui" tai kertoo yhteyden aikakatkaisusta,
    ja Apple Mail kertoo, ettei se saa yhteyttä palvelimeen.
scenario-1-connect-yes =
    Käytä porttia 587 ja STARTTLS-salausta tai porttia 465 ja SSL/TLS-salausta, älä koskaan porttia 25:
    useimmat koti- ja mobiiliverkot estävät portin 25. Virustorjunnan sähköpostisuoja tai postia
    tarkistava palomuuri voi katkaista yhteyden; poista sen sähköpostin tarkistus käytöstä ja yritä
    uudelleen. Kirjoita palvelimen nimi täsmälleen muodossa { $smtp-server }: oman verkkotunnuksesi
    nimi ei vastaa palvelimen varmennetta. Yhteyden voi testata tietokoneelta:
      openssl s_client -connect { $smtp-server }:465
scenario-1-config-title = Lähetys toimii korjatuilla asetuksilla
scenario-1-config-text =
    Tarkista tilin asetuksista lähtevän postin palvelin: palvelin { $smtp-server }, portti 587 ja
    STARTTLS tai portti 465 ja SSL/TLS. Toimiiko lähetys, kun asetukset on korjattu?
scenario-1-config-unsure =
    Lähtevän postin (SMTP) palvelin löytyy ohjelman tiliasetuksista, usein kohdasta "Palvelimen
    asetukset" tai "Lähtevän postin palvelin".
scenario-1-auth-title = Lähetys toimii SMTP-todennuksella
scenario-1-auth-text =
    Valitse "Lähtevän postin palvelin (SMTP) vaatii todennuksen" ja anna käyttäjätunnukseksi koko
    sähköpostiosoite ja salasanaksi sama kuin webmailissa. Toimiiko lähetys nyt?
scenario-1-auth-unsure =
    Jos pääset webmailiin ({ $webmail }) tällä osoitteella ja salasanalla, ne ovat oikeat myös
    sähköpostiohjelmassa.
scenario-1-blocked-title = Lähetys estetty postilaatikolta
scenario-1-blocked-text =
    Onko palveluntarjoaja estänyt lähettämisen tästä postilaatikosta, esimerkiksi sen salasanan
    varastamisen jälkeen? Sen näkee hallintapaneelista tai palveluntarjoajan viestistä.
scenario-1-blocked-unsure =
    Jos postilaatikosta on lähtenyt roskapostia omistajan tietämättä, siltä estetään lähettäminen, mutta
    se vastaanottaa yhä postia. Palvelimen vastauksessa lukee usein "blocked", "bad outbound sender" tai
    "policy violation", tai siinä mainitaan tili.
scenario-1-blocked-yes =
    Vaihda postilaatikon salasana hallintapaneelissa ({ $control-panel }), tarkista kaikki sitä
    käyttävät tietokoneet ja puhelimet haittaohjelmien varalta ja poista edelleenlähetyssäännöt, joita
    et ole itse tehnyt. Pyydä sitten asiakastukea poistamaan esto; he tarvitsevat postilaatikon osoitteen.
scenario-1-limit-title = Lähetysrajat ylittyneet
scenario-1-limit-text =
    Onko viestejä lähetetty enemmän kuin rajat sallivat: yhdestä postilaatikosta { $hourly-account-limit } { $hourly-account-limit ->
        [one] viesti
       *[other] viestiä
    } tunnissa, yhdestä IP-osoitteesta { $hourly-ip-limit } tunnissa ja webhotellista
    { $daily-limit } päivässä?
scenario-1-limit-unsure =
    Laske viimeisen tunnin ja kuluvan päivän aikana lähteneet viestit, myös uutiskirjeet ja monelle
    vastaanottajalle lähetetyt viestit.
scenario-1-limit-yes =
    Kun raja ylittyy, palvelin hylkää uudet viestit joksikin aikaa. Odota tunti, ennen kuin lähetät
    uudelleen, ja jaa suuret postitukset pidemmälle ajalle tai käytä niihin tarkoitettua palvelua.
scenario-1-solved-title = Lähetys toimii
scenario-1-solved-text = Lähetys toimii taas. Käytä samoja asetuksia kaikissa tätä postilaatikkoa käyttävissä ohjelmissa.
scenario-1-contact-title = Yhteys tukeen
scenario-1-contact-text = Jos lähetys ei vieläkään onnistu, kirjoita tukeen ja kerro:

## 2. Receiving in a mail program

scenario-2-left-title = Virheilmoitus postia haettaessa
scenario-2-left-text = Näyttääkö sähköpostiohjelma virheilmoituksen, kun se hakee uusia viestejä?
scenario-2-left-unsure =
    Valitse "Lähetä ja vastaanota" tai "Nouda viestit" ja katso, tuleeko näkyviin virheikkuna tai
    -ilmoitus. Jos ohjelman mukaan kaikki on ajan tasalla, yhteys toimii.
scenario-2-config-title = Vastaanotto toimii korjatuilla asetuksilla
scenario-2-config-text =
    Tarkista saapuvan postin palvelin: IMAP { $imap-server }, portti 993 ja SSL/TLS, tai POP3
    { $pop3-server }, portti 995 ja SSL/TLS, ja käyttäjätunnuksena koko sähköpostiosoite. Toimiiko
    vastaanotto, kun asetukset on korjattu?
scenario-2-config-unsure = IMAP säilyttää viestit palvelimella ja näyttää kansiot; POP3 lataa vain Saapuneet-kansion.
scenario-2-password-title = Webmailiin pääsee samalla salasanalla
scenario-2-password-text = Pääsetkö webmailiin ({ $webmail }) samalla osoitteella ja salasanalla, joita ohjelma käyttää?
scenario-2-password-unsure = Kopioi salasana ohjelman asetuksista webmailin kirjautumissivulle ja kokeile.
scenario-2-password-yes =
    Salasana on oikein, joten syy on todennäköisesti ohjelman asetuksissa tai jossakin ohjelman ja
    palvelimen välissä, kuten palomuurissa tai postia tarkistavassa virustorjunnassa.
scenario-2-password-no =
    Vaihda salasana hallintapaneelissa ({ $control-panel }) ja syötä uusi salasana webmailiin ja
    sähköpostiohjelmaan.
scenario-2-pop3-title = Toinen laite käyttää POP3:a
scenario-2-pop3-text = Noutaako jokin toinen puhelin, tietokone tai ohjelma tämän postilaatikon viestit POP3:lla?
scenario-2-pop3-unsure =
    Katso jokaisen tätä postilaatikkoa lukevan laitteen tiliasetukset: saapuvan postin palvelimen
    tyyppi on joko POP3 tai IMAP.
scenario-2-pop3-yes =
    POP3:a käyttävä ohjelma lataa viestit ja poistaa ne palvelimelta, joten muut laitteet eivät näe
    niitä koskaan. Ota siinä ohjelmassa käyttöön "Jätä viestien kopio palvelimeen" (Outlook) tai
    "Jätä viestit palvelimelle" (Thunderbird), tai ota kaikissa laitteissa käyttöön IMAP.
scenario-2-full-title = Postilaatikko täynnä
scenario-2-full-text = Onko postilaatikko täynnä: näkyykö hallintapaneelissa tai webmailissa, että sen tila on käytetty loppuun?
scenario-2-full-unsure = Webmail ja hallintapaneeli ({ $control-panel }) näyttävät, kuinka suuri osa postilaatikon tilasta on käytössä.
scenario-2-full-yes =
    Täysi postilaatikko hylkää uudet viestit, ja niiden lähettäjät saavat palautusviestin. Poista
    vanhoja viestejä ja tyhjennä roskakori tai hanki lisää tilaa hallintapaneelissa; pyydä
    lähettäjiä lähettämään viestinsä uudelleen.
scenario-2-rules-title = Suodatin-, edelleenlähetys- tai estosääntö
scenario-2-rules-text =
    Onko webmailissa suodatin-, edelleenlähetys- tai automaattinen poistosääntö tai estettyjen
    lähettäjien luettelo, joka voisi siepata viestit?
scenario-2-rules-unsure = Säännöt ja estetyt lähettäjät löytyvät webmailin asetuksista ({ $webmail }), usein kohdasta "Suodattimet" tai "Säännöt".
scenario-2-rules-yes =
    Muuta sääntöä tai poista se, tai poista lähettäjä estettyjen lähettäjien luettelosta. Säännön
    siirtämät viestit ovat kansiossa, jonka sääntö nimeää; edelleenlähetetyt tai poistetut viestit
    eivät enää ole tässä postilaatikossa.
scenario-2-quarantine-title = Viesti karanteenissa
scenario-2-quarantine-text = Onko viesti palveluntarjoajan roskapostikaranteenissa?
scenario-2-quarantine-unsure = Karanteeni löytyy hallintapaneelin ({ $control-panel }) roskapostisuodattimen asetuksista tai webmailista.
scenario-2-quarantine-yes = Vapauta viesti karanteenista ja lisää lähettäjä sallittuihin lähettäjiin, jotta seuraavat viestit tulevat perille.
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
scenario-3-login-title = Kirjautuminen koko osoitteella onnistuu
scenario-3-login-text = Onnistuuko kirjautuminen, kun kirjoitat käyttäjätunnukseksi koko osoitteen @-merkin jälkeistä osaa myöten?
scenario-3-login-unsure = Käyttäjätunnus on aina koko osoite, esimerkiksi anna@example.com.
scenario-3-password-title = Kirjautuminen uudella salasanalla onnistuu
scenario-3-password-text = Onnistuuko kirjautuminen, kun olet vaihtanut postilaatikolle uuden salasanan hallintapaneelissa ({ $control-panel })?
scenario-3-password-unsure = Kirjoita uusi salasana käsin äläkä liitä sitä, jotta mukaan ei tule ylimääräistä välilyöntiä.
scenario-3-code-title = Virhe
scenario-3-code-text = Kirjoita koodi tai liitä virheteksti, jonka webmail näytti.
scenario-3-solved-title = Webmail toimii
scenario-3-solved-text = Webmail toimii taas.
scenario-3-contact-title = Yhteys tukeen
scenario-3-contact-text = Jos webmail ei vieläkään toimi, kirjoita tukeen ja kerro:

## 4. PHP on web hosting

scenario-4-function-title = Skripti lähettää PHP:n mail()-funktiolla
scenario-4-function-text = Lähettääkö skripti viestit PHP:n omalla mail()-funktiolla?
scenario-4-function-unsure =
    Katso skriptiä tai sen asetuksia: jos postikirjastolle on määritetty "SMTP", palvelin ja portti 25,
    kirjasto avaa suoran yhteyden eikä kutsu mail()-funktiota.
scenario-4-function-no =
    { $php-sending ->
        [smtp-allowed] Tämän paketin skriptit voivat käyttää mail()-funktiota tai SMTP-yhteyttä postilaatikon käyttäjätunnuksella ja salasanalla; tarkista, että skriptin SMTP-asetukset ovat täydelliset.
       *[mail-function-only] Tässä webhotellissa skriptit voivat lähettää postia vain mail()-funktiolla; suora SMTP-yhteys porttiin 25 on estetty. Vaihda skripti tai sen kirjasto käyttämään mail()-funktiota.
    }
scenario-4-limit-title = Päiväraja täynnä
scenario-4-limit-text =
    Onko webhotellin päiväraja, { $daily-limit } { $daily-limit ->
        [one] viesti
       *[other] viestiä
    } päivässä, jo täyttynyt? Hallintapaneelista näet, kuinka paljon rajasta on käytetty.
scenario-4-limit-unsure = Avaa webhotellin tiedot hallintapaneelissa ({ $control-panel }) ja katso sen tila.
scenario-4-limit-yes =
    Kun päiväraja täyttyy, palvelin hylkää uudet viestit, kunnes raja alkaa taas alusta. Lähetä
    vähemmän, esimerkiksi kokoamalla ilmoituksia yhteen, tai käytä joukkopostitukseen postituspalvelua.
scenario-4-from-title = From-osoite sivuston omasta verkkotunnuksesta
scenario-4-from-text =
    Onko skriptin lähettämien viestien From-osoite sivuston oman verkkotunnuksen osoite, kuten
    lomake@oma-verkkotunnus?
scenario-4-from-unsure =
    Katso skriptin From-asetusta tai sen lähettämän viestin From-riviä. Yhteydenottolomake, joka laittaa
    From-kenttään kävijän osoitteen (joku@gmail.com), lähettää viestin toisen verkkotunnuksen nimissä.
scenario-4-from-no =
    Gmail, Yahoo ja Outlook.com hylkäävät tai ohjaavat roskapostiin viestin, joka on lähetetty
    From-osoitteen verkkotunnuksen nimissä ilman sen lupaa: kävijän verkkotunnus kieltää tämän
    DMARC-käytännöllään. Laita From-kenttään sivuston osoite ja kävijän osoite Reply-To-kenttään, aseta
    kuoren lähettäjäksi (envelope sender) sama osoite (mail()-funktion -f-parametri tai sendmail_from)
    ja lisää jokaiseen viestiin Date- ja Message-ID-otsake, joita Gmail vaatii.
scenario-4-arrive-title = mail() ilmoittaa onnistuneensa
scenario-4-arrive-text = Palauttaako mail() viestille arvon true (onnistui)?
scenario-4-arrive-unsure = mail() palauttaa true, kun se on luovuttanut viestin eteenpäin; kirjaa arvo skriptissä lokiin.
scenario-4-contact-title = Yhteys tukeen
scenario-4-contact-text = Jos skripti ei vieläkään pysty lähettämään, kirjoita tukeen ja kerro:

## 5. Sending from a virtual or dedicated server

scenario-5-log-title = Hylkäys näkyy postilokissa
scenario-5-log-text = Näkyykö postilokissa ({ $mail-log }), että viesti on hylätty vastauskoodilla?
scenario-5-log-unsure =
    Etsi lokista vastaanottajan osoitetta. Debianissa ja Ubuntussa loki on /var/log/mail.log;
    järjestelmissä, joissa on vain journal, käytä journalctl-komentoa:
      grep 'recipient@example.com' { $mail-log }
      grep 'recipient@example.com' /var/log/mail.log
      journalctl -u postfix | grep 'recipient@example.com'
scenario-5-code-title = Hylkäys
scenario-5-code-text = Liitä lokista rivi, jossa on koodi ja vastaanottavan palvelimen viesti.
scenario-5-port25-title = Lähtevä portti 25 estetty
scenario-5-port25-text =
    Näkyykö lokissa, että yhteydet muiden postipalvelinten porttiin 25 aikakatkaistaan, esimerkiksi
    "connect to mx.example.net[...]:25: Connection timed out"?
scenario-5-port25-unsure =
    Kokeile yhteyttä palvelimelta; jos vastausta ei tule minuutin kuluessa, portti on estetty
    matkalla:
      nc -vz -w 10 gmail-smtp-in.l.google.com 25
scenario-5-port25-yes =
    Palvelin- tai pilvipalveluntarjoaja estää lähtevän liikenteen porttiin 25, kuten monet tekevät
    oletuksena tai väärinkäytösten jälkeen. Pyydä heitä avaamaan portti tai lähetä posti todennusta
    käyttävän välityspalvelimen kautta (palveluntarjoajasi SMTP-palvelin portissa 587) suoran
    toimituksen sijaan.
scenario-5-ptr-title = PTR-tietue täsmää
scenario-5-ptr-text =
    Onko palvelimen IP-osoitteella PTR-tietue (käänteinen DNS), jossa on palvelimen nimi, ja
    osoittaako tämä nimi takaisin samaan osoitteeseen?
scenario-5-ptr-unsure =
    Hae ensin osoitteen nimi ja sitten nimen osoite:
      dig -x 192.0.2.10
      dig mail.example.com
scenario-5-ptr-no =
    Monet vastaanottavat palvelimet hylkäävät postin osoitteesta, jolla ei ole vastaavaa PTR-tietuetta.
    Aseta hallintapaneelissa IP-osoitteesi PTR-tietueeksi palvelimen nimi, jonka on osoitettava
    takaisin samaan osoitteeseen. Nimen, jolla palvelin esittäytyy (HELO), on oltava sama täydellinen
    nimi.
scenario-5-helo-title = HELO-nimi täsmää
scenario-5-helo-text =
    Esittäytyykö palvelin (HELO, Postfixissa myhostname) täydellisellä nimellään, samalla nimellä kuin
    sen PTR-tietueessa?
scenario-5-helo-unsure =
    Näytä nimi, jota postipalvelin käyttää:
      postconf myhostname
      exim -bP primary_hostname
scenario-5-helo-no =
    Aseta nimeksi, jolla palvelin esittäytyy (Postfixissa myhostname, Eximissä primary_hostname), sen
    täydellinen nimi, kuten mail.example.com: sama kuin PTR-tietueessa ja palvelimen osoitteeseen
    osoittava. Monet vastaanottajat hylkäävät nimen "localhost" tai nimen, jossa ei ole pistettä. Ota
    käyttöön myös lähtevän postin TLS (Postfixissa smtp_tls_security_level = may): Gmail vaatii sitä
    joukkopostin lähettäjiltä.
scenario-5-blocklist-title = IP-osoite estolistalla
scenario-5-blocklist-text = Onko palvelimen IP-osoite julkisella estolistalla, esimerkiksi Spamhausin listalla?
scenario-5-blocklist-unsure = Syötä IP-osoite estolistan ylläpitäjän hakusivulle; kukin kertoo, onko osoite listalla ja miksi.
scenario-5-blocklist-yes =
    Selvitä ensin syy: murrettu skripti, avoin välityspalvelin (open relay) tai ilman lupaa lähetetty
    postitus. Korjaa se ja pyydä sitten poistoa estolistalta sen oman menettelyn mukaisesti. Spamhausin
    PBL-listalla oleva osoite ei ole roskapostimerkintä: se kuuluu osoitealueeseen, josta postia ei
    pitäisi lähettää suoraan, joten lähetä posti todennusta käyttävän välityspalvelimen kautta.
scenario-5-queue-title = Postijonossa tuntemattomia viestejä
scenario-5-queue-text =
    Onko postijonossa roskapostia tai muita outoja viestejä, esimerkiksi murretusta postilaatikosta tai
    skriptistä?
scenario-5-queue-unsure =
    Listaa jono ja katso viestien lähettäjät ja määrä:
      postqueue -p
      exim -bp
scenario-5-queue-yes =
    Pysäytä ensin lähde: vaihda lähettävän postilaatikon salasana tai poista skripti käytöstä. Poista
    sitten sen viestit jonosta (Postfixissa postsuper -d, Eximissä exim -Mrm), muuten palvelin jatkaa
    niiden lähettämistä ja pysyy estolistoilla.
scenario-5-retry-title = Testiviesti saapuu
scenario-5-retry-text = Lähetä testiviesti uudelleen. Saapuuko se nyt?
scenario-5-retry-unsure = Seuraa postilokia lähetyksen aikana; rivi, jossa on "status=sent" tai "250", tarkoittaa, että viesti hyväksyttiin.
scenario-5-solved-title = Lähetys toimii
scenario-5-solved-text = Palvelin toimittaa taas postia.
scenario-5-contact-title = Yhteys tukeen
scenario-5-contact-text = Jos palvelin ei vieläkään pysty lähettämään, kirjoita tukeen ja kerro:

## 6. Receiving on a virtual or dedicated server

scenario-6-mx-title = MX-tietueet osoittavat tähän palvelimeen
scenario-6-mx-text = Osoittavatko verkkotunnuksen MX-tietueet tähän palvelimeen?
scenario-6-mx-unsure =
    Vertaa vastausta palvelimen nimeen ja osoitteeseen:
      dig MX example.com
scenario-6-mx-no = Osoita MX-tietueet tähän palvelimeen verkkotunnuksen DNS-vyöhykkeellä; muutoksen leviäminen voi kestää muutaman tunnin.
scenario-6-log-title = Viesti näkyy postilokissa
scenario-6-log-text = Näkyykö postilokissa ({ $mail-log }) odotetun viestin saapuminen?
scenario-6-log-unsure =
    Etsi lokista lähettäjän osoitetta tai lähetysaikaa. Debianissa ja Ubuntussa loki on
    /var/log/mail.log; jos käytössä on vain journal, käytä komentoa: journalctl -u postfix
scenario-6-log-no =
    Viesti ei koskaan tullut palvelimelle. Tarkista, että portti 25 on auki palomuurissa ja että
    postipalvelin on käynnissä, ja kysy lähettäjältä, tuliko hänelle palautusviesti.
scenario-6-antispam-title = Roskapostisuodatin pysäytti viestin
scenario-6-antispam-text = Hylkäsikö palvelimen roskapostisuodatin viestin tai siirsikö se viestin karanteeniin?
scenario-6-antispam-unsure = Etsi viestiä roskapostisuodattimen lokista ja karanteenista.
scenario-6-antispam-yes = Vapauta viesti karanteenista ja lisää lähettäjä sallittujen listalle tai lievennä sääntöä, johon viesti jäi kiinni.
scenario-6-retry-title = Testiviesti saapuu
scenario-6-retry-text = Pyydä uusi testiviesti. Saapuuko se nyt?
scenario-6-retry-unsure = Seuraa postilokia, kun viestiä lähetetään.
scenario-6-solved-title = Vastaanotto toimii
scenario-6-solved-text = Palvelin vastaanottaa taas postia.
scenario-6-contact-title = Yhteys tukeen
scenario-6-contact-text = Jos viestit eivät vieläkään saavu, kirjoita tukeen ja kerro:

## 7. A message went missing

scenario-7-bounce-title = Palautusviesti saatu
scenario-7-bounce-text = Saiko lähettäjä takaisin viestin, jonka mukaan toimitus epäonnistui (palautusviesti)?
scenario-7-bounce-unsure = Palautusviestien lähettäjä on "Mail Delivery System" tai "MAILER-DAEMON"; katso lähettäjän Saapuneet- ja roskapostikansio.
scenario-7-code-title = Palautusviestin virherivi
scenario-7-code-text = Liitä palautusviestin virherivi, esimerkiksi "550 5.1.1 User unknown".
scenario-7-address-title = Osoite kirjoitettu oikein
scenario-7-address-text = Onko vastaanottajan osoite kirjoitettu täsmälleen oikein verkkotunnusta myöten?
scenario-7-address-unsure = Vertaa sitä merkki merkiltä osoitteeseen, jonka vastaanottaja on itse kirjoittanut sinulle.
scenario-7-address-no = Korjaa osoite ja lähetä viesti uudelleen.
scenario-7-delayed-title = Viivästysilmoitus saatu
scenario-7-delayed-text =
    Saiko lähettäjä ilmoituksen, että toimitus on viivästynyt ja sitä yritetään yhä uudelleen,
    esimerkiksi "Delayed Mail (still being retried)" tai "This is a warning only"?
scenario-7-delayed-unsure =
    Viivästysilmoitus tulee samalta "Mail Delivery System" -lähettäjältä kuin palautusviesti, mutta
    siinä kerrotaan, että palvelin jatkaa yrittämistä, usein tiettyyn päivään asti.
scenario-7-delayed-yes =
    Viivästysilmoitus on varoitus eikä virhe: lähettävä palvelin yrittää uudelleen jopa muutaman päivän
    ajan ja lähettää palautusviestin vain, jos se luovuttaa. Uuden lähettäjän ensimmäinen viesti voi
    viivästyä harmaalistauksen vuoksi muutamasta minuutista noin tuntiin. Vielä ei tarvitse tehdä mitään.
scenario-7-spam-title = Viesti roskapostikansiossa
scenario-7-spam-text =
    Onko viesti vastaanottajan roskapostikansiossa? { $spam-folder ->
        [everywhere] Jos vastaanottajan postilaatikko on palveluntarjoajalla { $provider }, roskapostikansio näkyy kaikissa sähköpostiohjelmissa ja webmailissa.
       *[imap-and-webmail] Jos vastaanottajan postilaatikko on palveluntarjoajalla { $provider }, roskapostikansio näkyy vain webmailissa tai IMAP-yhteydellä, ei POP3:lla.
    }
scenario-7-spam-unsure = Etsi webmailissa ({ $webmail }) roskapostikansiosta viestiä lähettäjän tai aiheen perusteella.
scenario-7-spam-yes = Merkitse viesti ei-roskapostiksi, jotta tämän lähettäjän seuraavat viestit tulevat Saapuneet-kansioon.
scenario-7-full-title = Vastaanottajan postilaatikko täynnä
scenario-7-full-text = Onko vastaanottajan postilaatikko täynnä?
scenario-7-full-unsure = Täysi postilaatikko hylkää uudet viestit, ja lähettäjä saa silloin siitä kertovan palautusviestin.
scenario-7-full-yes = Vastaanottajan on poistettava viestejä tai hankittava lisää tilaa; sen jälkeen viestin voi lähettää uudelleen.
scenario-7-rules-title = Sääntö sieppasi viestin
scenario-7-rules-text =
    Onko vastaanottajan postilaatikossa suodatin-, edelleenlähetys- tai automaattinen poistosääntö tai
    estettyjen lähettäjien luettelo, joka on voinut siepata viestin?
scenario-7-rules-unsure = Vastaanottaja löytää säännöt ja estetyt lähettäjät webmailinsa asetuksista, usein kohdasta "Suodattimet" tai "Säännöt".
scenario-7-rules-yes =
    Vastaanottaja muuttaa sääntöä tai poistaa lähettäjän estettyjen lähettäjien luettelosta; siirretty
    viesti on kansiossa, jonka sääntö nimeää. Viestin jäljittämiseen asiakastuki tarvitsee lähetysajan ja
    viestin Message-ID-tunnisteen, jotka löytyvät lähettäjän Lähetetyt-kansiosta (viestin
    otsaketiedoista) tai postilokista.
scenario-7-mx-title = Vastaanottajan MX-tietueet kunnossa
scenario-7-mx-text = Onko vastaanottajan verkkotunnuksella MX-tietueet, jotka osoittavat oikeisiin postipalvelimiin?
scenario-7-mx-unsure =
    Hae tietueet; tyhjä vastaus tarkoittaa, ettei niitä ole:
      dig MX example.net
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
scenario-gather-message-id = Viestin Message-ID (Lähetetyt-kansiossa olevan viestin otsaketiedoista) tai sen jonotunnus (queue ID) postilokista
scenario-gather-how-sent = Lähetystapa: palveluntarjoajan SMTP-palvelimen kautta, PHP:llä webhotellista vai muuten

## The sending domain's SPF, DKIM and DMARC: the same step in scenarios 4, 5 and 7. Gmail and Yahoo
## (since February 2024) and Outlook.com (since May 2025) require them.

domain-spf-title = Yksi SPF-tietue, jossa palveluntarjoaja on mukana
domain-spf-text =
    Onko lähettävällä verkkotunnuksella täsmälleen yksi SPF-tietue (TXT-tietue, joka alkaa v=spf1),
    ja ovatko siinä mukana palvelimet, joilta posti lähetetään? Palveluntarjoajan palvelimille
    ({ $provider }) merkintä on include:{ $spf-include }.
domain-spf-unsure =
    Hae verkkotunnuksen TXT-tietueet ja laske, moniko niistä alkaa v=spf1:
      dig TXT example.com
domain-spf-no =
    Julkaise yksi SPF-tietue, jossa ovat mukana kaikki verkkotunnuksen nimissä lähettävät palvelut,
    esimerkiksi "v=spf1 include:{ $spf-include } ~all". Kaksi SPF-tietuetta on virhe, samoin tietue,
    joka vaatii yli 10 DNS-hakua (RFC 7208). Päätä tietue merkintään ~all tai, kun kaikki lähettäjät
    ovat mukana, merkintään -all. Edelleenlähettävä palvelin rikkoo SPF:n, ellei se kirjoita lähettäjää
    uudelleen (SRS); DKIM säilyy edelleenlähetyksessä.
domain-dkim-title = DKIM-allekirjoitus käytössä
domain-dkim-text =
    Onko verkkotunnuksen DKIM-allekirjoitus otettu käyttöön, ja onko sen julkinen avain julkaistu
    DNS:ssä sillä valitsimella (selector), jolla viestit allekirjoitetaan?
domain-dkim-unsure =
    Valitsin on lähetetyn viestin DKIM-Signature-otsakkeen s=-arvo; hae sen avain:
      dig TXT selector._domainkey.example.com
domain-dkim-no =
    Ota verkkotunnuksen DKIM-allekirjoitus käyttöön hallintapaneelissa tai palvelimen
    allekirjoitusohjelmistossa ja julkaise sen antama TXT-tietue nimellä selector._domainkey.
    Avaintietueen on näyttävä DNS:ssä, ennen kuin viestejä allekirjoitetaan sillä.
domain-dmarc-title = DMARC-tietue olemassa
domain-dmarc-text = Onko verkkotunnuksella DMARC-tietue eli TXT-tietue nimellä _dmarc.<verkkotunnus>?
domain-dmarc-unsure =
    Hae tietue; vastaus alkaa v=DMARC1:
      dig TXT _dmarc.example.com
domain-dmarc-no =
    Julkaise TXT-tietue nimellä _dmarc.<verkkotunnus>, aluksi muodossa
    "v=DMARC1; p=none; rua=mailto:<raporttien osoite>" (RFC 7489). Gmail ja Yahoo vaativat sen
    joukkopostin lähettäjiltä, ja Outlook.com hylkää heidän postinsa ilman sitä (550 5.7.515).
domain-align-title = From-verkkotunnus täsmää (alignment)
domain-align-text =
    Onko From-osoitteen verkkotunnus sama kuin verkkotunnus, jonka SPF tai DKIM todentaa (kuoren
    lähettäjän verkkotunnus tai DKIM-allekirjoituksen d=-arvo)?
domain-align-unsure =
    Vertaa vastaanotetun kopion otsaketiedoissa From-verkkotunnusta Authentication-Results-rivin
    smtp.mailfrom- ja header.d-arvoihin.
domain-align-no =
    DMARC hyväksyy viestin vain, jos From-verkkotunnus täsmää läpäistyn SPF- tai DKIM-tarkistuksen
    verkkotunnukseen. Lähetä oman verkkotunnuksesi osoitteella ja allekirjoita viestit sen
    DKIM-avaimella; skriptin tai uutiskirjepalvelun on käytettävä sinun verkkotunnustasi, ei omaansa.
