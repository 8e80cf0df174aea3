### Ohjelman näkymät, nimikkeet, näppäimet ja ilmoitukset (suomi / Finnish).

## General

# The name of this language, written in the language itself.
ui-language-name = Suomi
ui-step-of = vaihe { $n }/{ $total }
ui-too-small =
    Ikkuna on liian pieni ({ $width }×{ $height }): mailwiz tarvitsee vähintään { $min-width }×{ $min-height }
    merkin kokoisen ikkunan. Suurenna ikkunaa tai lopeta painamalla q.

## Answers and screens of the wizard

# Vastausnäppäimet suomenkielisten vastausten alkukirjaimina: k = Kyllä, e = Ei, t = En tiedä.
# Ensimmäinen kirjain näytetään ruudulla; y, n ja u toimivat myös (kaikissa kielissä).
ui-key-yes = k y
ui-key-no = e n
ui-key-unsure = t u
ui-answer-yes = Kyllä
ui-answer-no = Ei
ui-answer-unsure = En tiedä
ui-advice-heading = Mitä tehdä
ui-unsure-heading = Miten selvittää
ui-go-on-or-stop = Enter: jatka · x: keskeytä ja näytä yhteenveto
ui-resolved = Ratkaistu.
ui-end-of-scenario = Vianetsintä päättyy tähän. Paina s nähdäksesi yhteenvedon tai Esc palataksesi.
ui-input-hint = Kirjoita tai liitä ja paina Enter.
ui-search-no-match = Luettelosta ei löydy osumia. Paina Enter, niin teksti luetaan vastausrivinä.
ui-code-not-recognised = "{ $input }" ei ole vastauskoodi. Kokeile esim. 550, 4.2.2 tai palautusviestin virheriviä.
ui-code-go-to-step = Avaa vaihe "{ $step }" ({ $scenario })
ui-code-continue = Jatka vianetsintää

## Labels of an explanation (screen and command line)

ui-label-input = Syöte
ui-label-code = Koodi
ui-label-enhanced = Laajennettu koodi
ui-label-class = Luokka
ui-label-category = Aihealue
ui-label-who = Kenen pitää toimia
ui-label-causes = Yleiset syyt
ui-label-action = Mitä tehdä
ui-label-step = Vaihe
ui-label-recipient = Vastaanottaja
ui-label-reason = Syy
ui-label-server = Palvelin
ui-label-diagnostic = Palvelimen vastaus
ui-not-in-catalogue = ei luettelossa: selitetty numeroiden perusteella
ui-no-basic-code = kolminumeroista vastauskoodia ei annettu: selitetty laajennetun koodin perusteella
ui-more-below = ▼ lisää: PgDn
ui-picker-screen = Näytön kieli
ui-picker-caller = Soittajan kieli
ui-picker-same = sama kuin näytön
ui-caller-language = soittaja: { $language }
ui-observed = Antamasi palvelimen vastauksen mukaan: { $answer }
ui-observed-take = Enter hyväksyy tämän vastauksen; alla olevilla näppäimillä voit vastata toisin.
ui-step-in-scenario = "{ $step }" ({ $scenario })
ui-enhanced-only-summary = Laajennettu tilakoodi { $enhanced } ({ $class }), ongelman aihealue: { $subject }.

## The subject of an enhanced status code (its second number, RFC 3463)

ui-subject-0 = jokin määrittelemätön
ui-subject-1 = osoite
ui-subject-2 = postilaatikko
ui-subject-3 = postijärjestelmä
ui-subject-4 = verkko tai reititys
ui-subject-5 = postin toimitusprotokolla
ui-subject-6 = viestin sisältö tai sen muoto
ui-subject-7 = tietoturva tai käytäntö

## The list of codes

ui-codes-heading = SMTP-vastauskoodit: { $count }
ui-codes-class-heading = { $class } ({ $digit }xx)

ui-enhanced-heading = Laajennetut tilakoodit: { $count } (X on 2 onnistumiselle, 4 tilapäiselle ja 5 pysyvälle virheelle)
ui-recipients-failed = { $count ->
    [one] Viestiä ei voitu toimittaa yhdelle vastaanottajalle.
   *[other] Viestiä ei voitu toimittaa { $count } vastaanottajalle.
}
ui-no-recipient = Viestistä ei löydy vastaanottajaa, jolle toimitus epäonnistui; sen teksti selitetään yhtenä palvelimen vastauksena.

## The summary

ui-summary-title = Yhteenveto
ui-summary-heading = mailwiz-istunnon yhteenveto
ui-summary-gather = Kerää ennen yhteydenottoa tukeen
ui-summary-nothing = ei vielä mitään

## Errors

ui-error-empty-input = Ei selitettävää: anna vastauskoodi, laajennettu koodi tai palautusviestin rivi.
ui-error-not-a-code =
    "{ $input }" ei ole SMTP-vastauskoodi. Anna koodi väliltä 200–599 (esim. 550), laajennettu
    koodi (esim. 5.1.1) tai koko vastausrivi.
ui-error-unknown-language = Kieltä "{ $lang }" ei tueta. Valitse jokin näistä: { $supported }.
ui-error-profile = Profiilia { $file } ei voi käyttää: rivi { $line }: { $reason }
ui-error-profile-unreadable = Profiilia { $file } ei voi lukea: { $reason }
ui-error-profile-invalid = Profiilia { $file } ei voi käyttää: { $reason }
ui-error-summary-write = Yhteenvetoa ei voitu tallentaa tiedostoon { $file }: { $reason }
ui-error-restricted-profile = Rajoitetussa tilassa valitsinta --profile ei voi käyttää. Ohjelma lukee vain ylläpitäjän profiilin { $path } ja käyttää sisäänrakennettua profiilia, jos tiedostoa ei ole.
ui-error-restricted-summary = Rajoitetussa tilassa yhteenvedon voi tulostaa vain vakiotulosteeseen: anna tiedostonimen sijaan --summary -.
ui-error-restricted-file = Rajoitetussa tilassa tiedostoja ei lueta: liitä palautusviesti tai anna se vakiosyötteeseen komennolla explain -.
ui-error-not-a-terminal = Ohjattu toiminto tarvitsee päätteen. Koodin saa selitettyä ilman sitä komennolla: mailwiz explain 550
ui-error-terminal = Pääte lakkasi toimimasta: { $reason }
ui-error-dumb-terminal = Ohjattu toiminto tarvitsee päätteen, joka osaa piirtää koko näytön, ja TERM (”{ $term }”) kertoo, ettei tämä osaa. Koodin saa selitettyä ilman sitä komennolla: mailwiz explain 550
ui-error-summary-exists = { $file } on jo olemassa, eikä yhteenveto koskaan korvaa olemassa olevaa tiedostoa. Anna uusi tiedostonimi tai --summary -, jolloin yhteenveto tulostetaan vakiotulosteeseen.
ui-error-output = Tulostetta ei voitu kirjoittaa: { $reason }
ui-error-stdin = Vakiosyötettä ei voitu lukea: { $reason }
ui-error-message-file = Tiedostoa { $file } ei voi lukea: { $reason }

## Keys: what each key does (footer and help overlay)

help-title = Näppäimet
help-close = q lopettaa; mikä tahansa muu näppäin sulkee ohjeen.
help-move = liiku
help-choose = valitse
help-pick = valitse numerolla
help-yes = kyllä
help-no = ei
help-unsure = en tiedä
help-scroll = vieritä
help-page = sivu ylös tai alas
help-back = takaisin
help-lookup = hae koodi
help-language = kieli
help-caller-language = soittajan kieli
help-summary = yhteenveto
help-help = ohje
help-quit = lopeta
help-go-on = jatka
help-stop = keskeytä, näytä yhteenveto
help-copy = kopioi leikepöydälle
help-explain = selitä

## A summary for a ticket

ui-summary-started = Aloitettu
ui-summary-version = Versio
ui-summary-profile = Profiili
ui-summary-profile-embedded = sisäänrakennettu oletus, { $provider }
ui-summary-profile-file = { $file }, { $provider }
ui-summary-caller = Asiakkaan palvelukieli
ui-summary-outcome = Lopputulos
ui-summary-outcome-solved = ratkaistu ({ $step })
ui-summary-outcome-escalate = ei ratkaistu: siirrä asia tuelle ({ $step })
ui-summary-outcome-unfinished = kesken; jos ongelma jatkuu, siirrä asia tuelle ({ $step })
ui-summary-outcome-open = kesken; yhtään vianetsintää ei aloitettu
ui-summary-problems = Ongelmat, diagnoosit ja annetut neuvot
ui-summary-problem = Ongelma
ui-summary-diagnosis = Diagnoosi
ui-summary-advice = Annettu neuvo
ui-summary-steps = Vaiheet ja vastaukset
ui-summary-named-in-error = { $value } (mainittu virheilmoituksessa)
ui-summary-copied = Yhteenveto lähetettiin päätteen leikepöydälle (OSC 52).
ui-summary-copy-help =
    Jos liittäminen ei tuo mitään, pääte ohittaa OSC 52:n. tmuxissa saat sen käyttöön komennolla:
      tmux set -g set-clipboard on
    Voit myös käynnistää mailwizin valitsimella --summary TIEDOSTO tai valita tekstin hiirellä.
ui-quit-title = Lopetus
ui-quit-question = Haluatko lopettaa mailwizin?
ui-quit-summary-file = Yhteenveto kirjoitetaan tiedostoon { $file }.
ui-quit-summary-stdout = Yhteenveto tulostetaan, kun pääte on palautettu.
ui-quit-summary-nowhere = Yhteenveto on vain näytöllä. Jos haluat säilyttää sen, paina Esc, sitten s näyttää sen ja c kopioi sen.

## Issue 13, part 2: the lookup

# Ctrl-U in the lookup: empties the field.
help-clear = tyhjennä kenttä
# mailwiz search found nothing for the words given.
ui-error-no-match = Haulla "{ $query }" ei löytynyt mitään. Kokeile muita sanoja, koodia (esim. 550) tai laajennettua koodia (esim. 5.7.1).
