### Komentorivin ohje (suomi / Finnish): mitä `mailwiz --help`, `mailwiz KOMENTO --help`, man-sivu
### ja komentotulkin täydennykset kertovat kustakin komennosta ja valitsimesta.
###
### Tunnisteet: cli-<komento>-about on komennon rivi komentoluettelossa ja sen ohjeen ensimmäinen
### rivi; cli-<komento>-long, jos sellainen on, on koko kuvaus, jonka komennon --help näyttää;
### cli-<komento>-arg-<valitsin> on valitsimen tai argumentin teksti (ennen komentoa annettavien
### valitsimien komento on "mailwiz"); cli-value-<nimi> on arvon nimi (<TIEDOSTO>).
### Mahdolliset arvot ja oletusarvot lisää ohjelma, muodossa "[oletus: text]".

## Before any command: the wizard

cli-mailwiz-about = Selvittää, miksi sähköpostia ei voi lähettää tai vastaanottaa, ja selittää SMTP-vastaukset ja palautusviestit.
cli-mailwiz-long =
    Näppäimistöllä käytettävä ohjattu toiminto, joka selvittää vaihe vaiheelta, miksi sähköpostia
    ei voi lähettää tai vastaanottaa. Se tarkistaa DNS:n, estolistat, postipalvelimet ja itse
    postilokin sekä selittää SMTP-vastaukset ja palautusviestit. Ilman komentoa käynnistyy ohjattu
    toiminto.
cli-mailwiz-arg-lang = Kieli: en, pl, lt, fi tai cs (oletus: muuttujasta LC_ALL, LC_MESSAGES tai LANG, muuten en)
cli-mailwiz-arg-profile = Käytettävä palveluntarjoajan profiili (TOML) hakemistosta ~/.config/mailwiz/ tai /etc/mailwiz/ löytyvän sijaan
cli-mailwiz-arg-caller-lang = Soittajan kieli, kun autat toista kieltä puhuvaa: ohjatun toiminnon kysymykset ja selitykset sillä, muu teksti valitsimen --lang kielellä (ohjatussa toiminnossa näppäin C)
cli-mailwiz-arg-summary = Kun ohjattu toiminto päättyy, kirjoita istunnon yhteenveto tiedostoon TIEDOSTO (tai - eli vakiotuloste)
cli-mailwiz-arg-summary-format = Valitsimen --summary muoto: text (kuten näytöllä), markdown (tukipyyntöön) tai json
cli-mailwiz-arg-domain = Asiakkaan verkkotunnus, jonka MX-, SPF-, DKIM- ja DMARC-tietueet ohjattu toiminto tarkistaa
cli-mailwiz-arg-ip = Lähettävän palvelimen IP-osoite, jonka PTR-tietueen ja estolistamerkinnät ohjattu toiminto tarkistaa
cli-mailwiz-arg-wizard-resolver = DNS-palvelin, jolta ohjattu toiminto kysyy (oletus: järjestelmän resolverit)
cli-mailwiz-arg-wizard-offline = Älä tee verkkotarkistuksia: ohjattu toiminto kysyy sen sijaan jokaisen tarkistuksen sinulta
cli-mailwiz-arg-restricted = Rajoitettu tila sshd_config-tiedoston ForceCommand-asetusta varten (myös MAILWIZ_RESTRICTED=1): lukee vain sisäänrakennetut tiedot ja tiedoston /etc/mailwiz/profile.toml, tulostaa yhteenvedon vain vakiotulosteeseen
cli-mailwiz-arg-generate = Tulosta man-sivu tai komentotulkin täydennykset, jotka tehdään tästä samasta määrittelystä
cli-mailwiz-arg-help = Näytä ohje (--help: koko ohje)
cli-mailwiz-arg-help-long = Näytä ohje (-h: lyhyt ohje)
cli-mailwiz-arg-version = Näytä versio ja tietosisällön revisio

## explain

cli-explain-about = Selitä vastaus- ja tilakoodit sekä palautusviestien virherivit
cli-explain-long =
    Selitä vastauskoodit (550), laajennetut tilakoodit (5.1.1) tai palautusviestien virherivit:
    mitä palvelin vastasi, kenen pitää toimia ja mitä tehdä. Useat koodit tai rivit selitetään yksi
    kerrallaan. Argumentilla - luetaan vakiosyöte, joka voi olla kokonainen palautusviesti.
cli-explain-arg-input = Koodi, vastausrivi tai palautusviestin virherivi, tai - eli vakiosyöte
cli-explain-arg-format = Tulostusmuoto: text tai json, yksi objekti riviä kohden
cli-explain-arg-file = Palautusviesti (.eml) tai useamman viestin mbox-tiedosto, selitettynä vastaanottaja kerrallaan

## search

cli-search-about = Hae koodeista ja tunnistetuista hylkäysilmoituksista
cli-search-long =
    Hae vastauskoodeista, laajennetuista tilakoodeista ja tunnistetuista hylkäysilmoituksista
    sanoilla, koodilla tai sen alkuosalla (55, 5.7.), paras osuma ensin, kuten ohjatun toiminnon
    haku tekee. Poistumiskoodi on 0, kun tuloksia löytyy, ja 2, kun ei löydy.
cli-search-arg-words = Sanoja, koodi tai koodin alkuosa
cli-search-arg-format = Tulostusmuoto: text tai json, yksi objekti riviä kohden

## check

cli-check-about = Tarkista kohteen DNS-tietueet, estolistat ja postipalvelimet
cli-check-long =
    Tarkista itse: kunkin kohteen DNS-tietueet (MX, SPF, DMARC, DKIM, PTR), estolistat ja
    postipalvelimet (SMTP, IMAP, POP3: tervehdys, STARTTLS, varmenne, kirjautumistavat)
    havaintoineen. Viestejä tai salasanoja ei lähetetä koskaan. Poistumiskoodi on 0, kun
    tarkistukset on tehty, olivatpa tulokset mitä tahansa.
cli-check-arg-targets = Verkkotunnus, sähköpostiosoite, IP-osoite tai palvelin: smtp://, submission://, smtps://, imap://, imaps://, pop3:// tai pop3s:// ja palvelimen nimi, valinnaisesti myös portti; mx://VERKKOTUNNUS tarkoittaa verkkotunnuksen ensimmäistä MX-palvelinta
cli-check-arg-format = Tulostusmuoto: text tai json, yksi objekti riviä kohden
cli-check-arg-resolver = DNS-palvelin, jolta kysytään (oletus: järjestelmän resolverit)
cli-check-arg-dnsbl = DNS-estolistan vyöhyke, josta IP-osoite tarkistetaan (voi antaa monta kertaa; oletus: profiilin vyöhykkeet)
cli-check-arg-dkim-selector = Verkkotunnukselta haettava DKIM-valitsin (voi antaa monta kertaa; profiilin valitsimien lisäksi)
cli-check-arg-timeout = Kuinka kauan yksi DNS-kysely tai palvelimen vastaus saa kestää, sekunteina (1–60)
cli-check-arg-offline = Älä tee verkkotarkistuksia: jokainen tarkistus ilmoitetaan ohitetuksi

## logs

cli-logs-about = Lue postiloki: toimitusmäärät ja virheet syittäin korjausohjeineen
cli-logs-long =
    Lukee postilokin puolestasi: laskee Postfixin, Eximin, Sendmailin, OpenSMTPD:n ja Courierin
    toimitukset, ryhmittelee epäonnistuneet toimitukset syyn mukaan korjausohjeineen ja listaa
    vastaanottajien verkkotunnukset. Lukee tavalliset ja .gz-tiedostot sekä vakiosyötteestä (-) myös muodot
    journalctl -o json ja -o export.
cli-logs-arg-files = Lokitiedosto, tavallinen tai .gz, tai - eli vakiosyöte (oletus: profiilin loki, muuten /var/log/maillog tai /var/log/mail.log)
cli-logs-arg-format = Tulostusmuoto: text tai json
cli-logs-arg-since = Vain tästä ajasta alkaen kirjatut merkinnät: 2026-11-30, "2026-11-30 14:00" tai aika taaksepäin, esimerkiksi 24h tai 7d
cli-logs-arg-until = Vain ennen tätä aikaa kirjatut merkinnät (samat muodot)
cli-logs-arg-address = Vain tämän osoitteen lähettämät ja sille tulleet toimitukset; pelkkä verkkotunnus kattaa kaikki sen osoitteet

## profile

cli-profile-about = Näytä käytössä oleva profiili ja sen lähde tai tarkista profiili
cli-profile-long =
    Näytä käytössä oleva profiili ja sen lähde: --profile, käyttäjän
    ~/.config/mailwiz/profile.toml, /etc/mailwiz/profile.toml tai sisäänrakennettu profiili.
    Valitsimella --check TIEDOSTO tarkistetaan kyseinen tiedosto, ja jokainen virhe ilmoitetaan
    rivinumeroineen.
cli-profile-arg-check = Tarkista tämä profiili käytössä olevan profiilin näyttämisen sijaan

## codes

cli-codes-about = Näytä kaikki luettelon vastauskoodit tai laajennetut tilakoodit
cli-codes-arg-format = Tulostusmuoto: text tai json, yksi objekti riviä kohden
cli-codes-arg-enhanced = Näytä sen sijaan rekisterin laajennetut tilakoodit (X.Y.Z)

## help

cli-help-about = Näytä mailwizin tai jonkin sen komennon ohje
cli-help-arg-command = Komento, jonka ohje näytetään

## Names of values

cli-value-lang = KIELI
cli-value-file = TIEDOSTO
cli-value-format = MUOTO
cli-value-domain = VERKKOTUNNUS
cli-value-ip = IP
cli-value-ip-port = IP[:PORTTI]
cli-value-kind = TYYPPI
cli-value-path = POLKU
cli-value-input = SYÖTE
cli-value-words = SANAT
cli-value-zone = VYÖHYKE
cli-value-selector = VALITSIN
cli-value-secs = SEKUNNIT
cli-value-time = AIKA
cli-value-address = OSOITE
cli-value-target = KOHDE
cli-value-command = KOMENTO

## The man page (mailwiz --generate man): the title of the manual, the section headings (written
## in capitals on the page) and the sections the options do not say. The names of options,
## commands, keys, files and environment variables stay as they are.

cli-man-manual = mailwiz-käsikirja
cli-man-name = Nimi
cli-man-synopsis = Yleiskatsaus
cli-man-description = Kuvaus
cli-man-keys = Ohjatun toiminnon näppäimet
cli-man-keys-text = Ohjattua toimintoa käytetään yksittäisillä näppäimillä. Kunkin näkymän alarivillä näkyvät siinä käytettävät näppäimet, ja näppäin ? luettelee ne kaikki.
cli-man-profile = Profiili
cli-man-profile-text =
    Palveluntarjoajan tiedot (rajoitukset, osoitteet, postipalvelimet, estolistat, postiloki)
    luetaan valitsimella --profile TIEDOSTO annetusta tiedostosta, muuten tiedostosta
    $XDG_CONFIG_HOME/mailwiz/profile.toml (tai ~/.config/mailwiz/profile.toml), muuten tiedostosta
    /etc/mailwiz/profile.toml; jos mitään niistä ei ole, käytetään sisäänrakennettua oletusprofiilia.
    Komento mailwiz profile näyttää käytössä olevan profiilin ja sen lähteen; komento
    mailwiz profile --check TIEDOSTO ilmoittaa tiedoston kaikki ongelmat rivinumeroineen.
cli-man-restricted = Rajoitettu tila
cli-man-restricted-text =
    Rajoitettu tila otetaan käyttöön valitsimella --restricted tai muuttujalla MAILWIZ_RESTRICTED=1
    (sshd_config-tiedoston ForceCommand-asetusta varten). Silloin mailwiz lukee vain
    sisäänrakennetut tietonsa ja tiedoston /etc/mailwiz/profile.toml, tulostaa yhteenvedon vain
    vakiotulosteeseen eikä käynnistä muita ohjelmia. SSH:n kautta lähetetty komento
    (SSH_ORIGINAL_COMMAND) suoritetaan, jos se on explain, codes, search, check tai help eikä sille
    ole annettu tiedostoja lukevia valitsimia; komentotulkin syntaksi ja kaikki muu torjutaan.
    Profiilin asetukset checks.restricted (on, off tai own-domain yhdessä muuttujan MAILWIZ_DOMAIN
    kanssa) ja server.log-in-restricted määräävät, tehdäänkö verkkotarkistuksia ja luetaanko
    postiloki.
cli-man-environment = Ympäristö
cli-man-env-lang = Kieli, jos valitsinta --lang ei ole annettu (en, pl, lt, fi tai cs).
cli-man-env-no-color = Ei värejä.
cli-man-env-config = Hakemisto, josta käyttäjän profiili mailwiz/profile.toml etsitään; jos muuttujaa ei ole asetettu, se etsitään hakemistosta ~/.config.
cli-man-env-restricted = Arvo 1 ottaa rajoitetun tilan käyttöön.
cli-man-env-domain = Tilin oma verkkotunnus rajoitetussa tilassa: kun profiilissa on own-domain, verkkotarkistukset saavat tarkistaa vain sen.
cli-man-env-offline = Arvo 1 poistaa verkkotarkistukset käytöstä: jokainen tarkistus kysytään sinulta.
cli-man-exit-status = Poistumisen tila
cli-man-exit-0 = Valmis (check ja logs: komento suoritettiin loppuun, olivatpa tulokset mitä tahansa).
cli-man-exit-1 = Järjestelmävirhe: päätteen, tulosteen tai yhteenvetotiedoston käyttö epäonnistui.
cli-man-exit-2 = Pyyntö on esitettävä toisin: valitsin tai syöte on virheellinen, koodia ei voitu selittää, komento search ei löytänyt mitään, tiedostoa ei voi lukea tai rajoitettu tila ei salli pyyntöä.
cli-man-version = Versio
